-- The claims of one party and kind over time, for the chart: one row per claim, with the
-- band each claim allows (open ends stay NULL: the chart draws them to its edge).
SELECT coalesce(claimant, '(unattributed)') AS claimant,
       first_reported AS published, last_reported, best, value, low, high, qualifier,
       claim_figure(value, low, high, qualifier) AS figure, reports, outlets,
       first_outlet AS outlet, evidence, weapon, caliber_mm, action
FROM claims_timeline
WHERE party = $party AND kind = $kind AND best IS NOT NULL
  AND ($since IS NULL OR last_reported >= $since)
  AND ($until IS NULL OR first_reported <= $until)
ORDER BY claimant, first_reported, best;
