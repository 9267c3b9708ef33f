-- weapons_by_system: weapon claims by party, system, calibre and action, each claim counted
-- once however many outlets carried it. A calibre mentioned with no count ("240-mm rocket
-- launchers") is a claim without a number: counted in claims and in mentions_without_count.
-- Counts by different claimants often describe the same deliveries, so largest_count and
-- latest_count are the safe figures; sum_of_counts adds every distinct claim (an upper bound).
--   select caliber_mm, weapon, claims, latest_count from weapons_by_system
--   where party = 'North Korea' and action = 'supplied' order by caliber_mm desc;
CREATE OR REPLACE VIEW weapons_by_system AS
SELECT party, weapon, caliber_mm, action,
       count(*) AS claims,
       count(*) FILTER (WHERE best IS NULL) AS mentions_without_count,
       sum(reports) AS reports,
       max(best) AS largest_count,
       arg_max(best, (first_reported, last_reported, reports, claim_id)) FILTER (WHERE best IS NOT NULL)
           AS latest_count,
       arg_max(claimant, (first_reported, last_reported, reports, claim_id)) FILTER (WHERE best IS NOT NULL)
           AS latest_count_claimant,
       max(first_reported) FILTER (WHERE best IS NOT NULL) AS latest_count_date,
       sum(best) AS sum_of_counts,
       min(first_reported) AS first_reported,
       max(last_reported) AS last_reported,
       list_sort(list(DISTINCT claimant) FILTER (WHERE claimant IS NOT NULL)) AS claimants
FROM claims
WHERE kind = 'weapons'
GROUP BY party, weapon, caliber_mm, action;
