-- Claims whose best number is far above the same party's recent claims of the same
-- kind (more than $factor times the largest of the previous $window claims within
-- $days days): a likely extraction error (a year, a sum of money, a merged number).
-- A warning, not a block: real tolls do sometimes jump.
WITH claims AS (
    SELECT figure_id, article_id, party, kind, published, evidence,
           coalesce(value, high, low) AS best
    FROM figures
    WHERE party IS NOT NULL AND NOT in_title AND coalesce(value, high, low) IS NOT NULL
      AND kind <> 'weapons'
      AND party IN (SELECT DISTINCT party FROM figures
                    WHERE article_id IN (SELECT article_id FROM staged_processed))
),
ranked AS (
    SELECT *,
           max(best) OVER (
               PARTITION BY party, kind ORDER BY published, figure_id
               ROWS BETWEEN $window PRECEDING AND 1 PRECEDING) AS previous_max,
           min(published) OVER (
               PARTITION BY party, kind ORDER BY published, figure_id
               ROWS BETWEEN $window PRECEDING AND 1 PRECEDING) AS previous_from
    FROM claims
)
SELECT figure_id, party, kind, published, best, previous_max, evidence
FROM ranked
WHERE article_id IN (SELECT article_id FROM staged_processed)
  AND previous_max IS NOT NULL AND previous_max >= 10
  AND best > $factor * previous_max
  AND published - previous_from <= $days;
