-- Claims: the figures with syndication linked (tables `claims` and `claim_reports`, kept up
-- to date by storage/claims.py in every load). One claim = one claimant's statement of one
-- number (kind, party, bounds, and for weapons the system, calibre and action), however many
-- articles and outlets carried it within a few days of each other; a headline repeating its
-- body is the same claim. NULL claimant ("the article's own voice") and NULL party are values
-- of their own. best = value, else low, else high.

-- claim_figure(value, low, high, qualifier): a claim's number as people write it:
-- '1,100', '~1,100' (approx), '≥1,000' (a lower bound), '≤500', '2,750–2,800', '—' (no count).
CREATE OR REPLACE MACRO claim_figure(value, low, high, qualifier) AS
CASE
    WHEN value IS NOT NULL THEN CASE WHEN qualifier = 'approx' THEN '~' ELSE '' END || format('{:,}', value)
    WHEN low IS NOT NULL AND high IS NOT NULL THEN format('{:,}', low) || '–' || format('{:,}', high)
    WHEN low IS NOT NULL THEN '≥' || format('{:,}', low)
    WHEN high IS NOT NULL THEN '≤' || format('{:,}', high)
    ELSE '—'
END;

-- figure_claims: every figure row with the claim it reports and that claim's reach.
--   select * from figure_claims where figure_id = '...';
CREATE OR REPLACE VIEW figure_claims AS
SELECT figure_id, claim_id, article_id, published, outlet, in_title,
       first_reported, last_reported, reports, outlets, figures
FROM claim_reports;

-- claims_timeline: every claim once, in the order claims were made, per party and kind.
--   select first_reported, claimant, best, qualifier, reports from claims_timeline
--   where party = 'Palestine' and kind = 'killed' order by first_reported;
CREATE OR REPLACE VIEW claims_timeline AS
SELECT party, kind, claimant, population, weapon, caliber_mm, action,
       value, low, high, best, qualifier, claim_figure(value, low, high, qualifier) AS figure,
       first_reported, last_reported, reports, outlets,
       outlet AS first_outlet, evidence, article_id, latest_outlet, outlet_names, claim_id
FROM claims;

-- claims_latest: for each party, kind and claimant (and for weapons each system, calibre and
-- action), the claim most recently made: the latest first_reported; on the same day the one
-- giving a number rather than bounds, then the most reported, then the largest.
-- (join articles USING (article_id) for the article's title and url).
--   select claimant, value, low, high, qualifier, published from claims_latest
--   where party = 'North Korea' and kind = 'casualties';
CREATE OR REPLACE VIEW claims_latest AS
SELECT party, kind, claimant, population, weapon, caliber_mm, action,
       value, low, high, best, qualifier, claim_figure(value, low, high, qualifier) AS figure,
       first_reported AS published, last_reported, outlet, evidence,
       article_id, reports, outlets, claim_id
FROM claims
WHERE is_latest;
