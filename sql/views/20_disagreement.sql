-- Disagreement: per party and kind (and for weapons per system, calibre and action), each
-- claimant's latest claim that gives a number, side by side, with the spread between them.
-- Only subjects on which at least two claimants (NULL claimant counting as one) gave numbers.
-- Columns: claimants (how many compared), min_best/max_best, spread = max_best - min_best,
-- ratio = max_best / min_best, days_behind = how much older this claimant's figure is than
-- the newest one compared (a large value means the claimants speak of different moments).

-- claims_disagreement_between(start, end): only claims reported within [start, end] (dates or
-- ISO strings; NULL leaves that side open); each claimant's latest claim of that window.
--   select claimant, best, qualifier, published, spread
--   from claims_disagreement_between(DATE '2024-12-01', DATE '2024-12-31')
--   where party = 'North Korea' and kind = 'casualties';
CREATE OR REPLACE MACRO claims_disagreement_between(start_date, end_date) AS TABLE
WITH windowed AS (
    SELECT * FROM claims
    WHERE best IS NOT NULL
      AND last_reported >= coalesce(CAST(start_date AS DATE), DATE '0001-01-01')
      AND first_reported <= coalesce(CAST(end_date AS DATE), DATE '9999-12-31')
),
latest AS (
    SELECT * FROM windowed
    QUALIFY row_number() OVER (
        PARTITION BY party, kind, claimant, weapon, caliber_mm, CASE WHEN kind = 'weapons' THEN action END
        ORDER BY first_reported DESC, last_reported DESC, (value IS NOT NULL) DESC,
                 reports DESC, best DESC, claim_id) = 1
),
compared AS (
    SELECT *,
           count(*) OVER subject AS claimants,
           min(best) OVER subject AS min_best,
           max(best) OVER subject AS max_best,
           max(first_reported) OVER subject AS newest
    FROM latest
    WINDOW subject AS (
        PARTITION BY party, kind, weapon, caliber_mm, CASE WHEN kind = 'weapons' THEN action END)
)
SELECT party, kind, weapon, caliber_mm, action, claimant,
       best, value, low, high, qualifier, first_reported AS published, outlet, evidence, reports,
       claimants, min_best, max_best, max_best - min_best AS spread,
       round(max_best / nullif(min_best, 0), 2) AS ratio,
       newest - first_reported AS days_behind, claim_id
FROM compared
WHERE claimants >= 2;

-- claims_disagreement: the same over all time: each claimant's latest figure, however old
-- (see days_behind); use claims_disagreement_between for a window. It reads the latest claims
-- kept by the load (claims_latest), so a claimant whose newest statement on a weapon system
-- gave no count is left out here, where the macro would fall back to an older count.
--   select claimant, best, qualifier, published, spread, ratio from claims_disagreement
--   where party = 'North Korea' and kind = 'casualties' order by best desc;
CREATE OR REPLACE VIEW claims_disagreement AS
WITH compared AS (
    SELECT *,
           count(*) OVER subject AS claimants,
           min(best) OVER subject AS min_best,
           max(best) OVER subject AS max_best,
           max(first_reported) OVER subject AS newest
    FROM claims
    WHERE is_latest AND best IS NOT NULL
    WINDOW subject AS (
        PARTITION BY party, kind, weapon, caliber_mm, CASE WHEN kind = 'weapons' THEN action END)
)
SELECT party, kind, weapon, caliber_mm, action, claimant,
       best, value, low, high, qualifier, first_reported AS published, outlet, evidence, reports,
       claimants, min_best, max_best, max_best - min_best AS spread,
       round(max_best / nullif(min_best, 0), 2) AS ratio,
       newest - first_reported AS days_behind, claim_id
FROM compared
WHERE claimants >= 2;
