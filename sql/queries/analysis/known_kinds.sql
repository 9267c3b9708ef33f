-- Every kind the claims hold (for validating and suggesting --kind).
SELECT DISTINCT kind FROM claims ORDER BY kind;
