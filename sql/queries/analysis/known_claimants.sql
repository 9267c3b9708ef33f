-- Every named claimant (for validating and suggesting --claimant).
SELECT DISTINCT claimant FROM claims WHERE claimant IS NOT NULL ORDER BY claimant;
