-- 0004: each figure's row in claim_reports also carries its claim's reach (dates and counts),
-- so figure_claims reads one table instead of joining a million reports to their claims.
-- Filled by storage/claims.py on the next refresh of each group; a full refresh fills all.
ALTER TABLE claim_reports ADD COLUMN first_reported DATE;
ALTER TABLE claim_reports ADD COLUMN last_reported DATE;
ALTER TABLE claim_reports ADD COLUMN reports INTEGER;
ALTER TABLE claim_reports ADD COLUMN outlets INTEGER;
ALTER TABLE claim_reports ADD COLUMN figures INTEGER;
