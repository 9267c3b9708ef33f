-- Every party the claims name (for validating and suggesting --party).
SELECT DISTINCT party FROM claims WHERE party IS NOT NULL ORDER BY party;
