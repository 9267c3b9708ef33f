-- Refreshing claims, step 1 of 2 (storage/claims.py runs both inside the caller's
-- transaction): the articles whose figures changed since the last refresh. When there are
-- none, the refresh stops here. $full: take every article (a rebuild).

-- 1. What changed since the last refresh: figures whose columns hash to a fingerprint
--    claim_reports does not hold (new or changed), and fingerprints no figure has any more
--    (gone). Their articles are the ones to look at again (every article when $full).
CREATE OR REPLACE TEMP TABLE claims_articles AS
WITH current AS (
    SELECT article_id,
           hash(figure_id, kind, party, claimant, value, low, high, weapon, caliber_mm, action,
                population, qualifier, evidence, article_id, published, outlet, in_title) AS fingerprint
    FROM figures
)
SELECT article_id FROM current AS c
WHERE $full OR c.fingerprint NOT IN (SELECT fingerprint FROM claim_reports)
UNION
SELECT article_id FROM claim_reports AS r
WHERE $full OR r.fingerprint NOT IN (SELECT fingerprint FROM current);
