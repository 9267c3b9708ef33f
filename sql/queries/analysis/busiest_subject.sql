-- The party and kind with the most claims giving a number among some kinds (the timeline
-- the Dagster UI shows for a figure table); ties go to the most recent.
SELECT party, kind FROM claims
WHERE kind IN (SELECT unnest($kinds)) AND party IS NOT NULL AND best IS NOT NULL
GROUP BY party, kind
ORDER BY count(*) DESC, max(first_reported) DESC, party, kind
LIMIT 1;
