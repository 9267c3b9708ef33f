-- Refreshing claims, step 2 of 2: relink the claims of the articles in claims_articles
-- (made by changes.sql). $gap_days: the longest gap, in days, between two reports of one
-- claim; reports further apart are two claims.

-- 2. (claims_articles holds the articles to relink: sql/queries/claims/changes.sql.)
--    The figures of those articles as claims see them. A headline figure without claimant
--    (or party) takes those of a body figure of its own article with the same kind, bounds
--    and system: the headline repeats the body, and the body says who claims it.
CREATE OR REPLACE TEMP MACRO claims_effective(articles) AS TABLE
WITH f AS (
    SELECT figure_id, article_id, kind, party, population, claimant, value, low, high, qualifier,
           weapon, caliber_mm, action, evidence, char_start, in_title, published, outlet
    FROM figures
    WHERE article_id IN (SELECT article_id FROM query_table(articles))
),
headline_fill AS (
    SELECT t.figure_id,
           first(b.claimant ORDER BY b.claimant IS NULL, b.char_start) AS claimant,
           first(b.party ORDER BY b.party IS NULL, b.char_start) AS party
    FROM f AS t
    JOIN f AS b
      ON b.article_id = t.article_id AND NOT b.in_title AND b.kind = t.kind
     AND b.value IS NOT DISTINCT FROM t.value AND b.low IS NOT DISTINCT FROM t.low
     AND b.high IS NOT DISTINCT FROM t.high AND b.weapon IS NOT DISTINCT FROM t.weapon
     AND b.caliber_mm IS NOT DISTINCT FROM t.caliber_mm AND b.action IS NOT DISTINCT FROM t.action
     AND (t.claimant IS NULL OR b.claimant = t.claimant)
     AND (t.party IS NULL OR b.party = t.party)
    WHERE t.in_title AND (t.claimant IS NULL OR t.party IS NULL)
    GROUP BY t.figure_id
)
SELECT f.* REPLACE (coalesce(f.claimant, h.claimant) AS claimant, coalesce(f.party, h.party) AS party),
       hash(f.figure_id, f.kind, f.party, f.claimant, f.value, f.low, f.high, f.weapon, f.caliber_mm, f.action,
            f.population, f.qualifier, f.evidence, f.article_id, f.published, f.outlet, f.in_title) AS fingerprint,
       hash(f.kind, coalesce(f.party, h.party), coalesce(f.claimant, h.claimant), f.value, f.low, f.high,
            f.weapon, f.caliber_mm, f.action) AS group_key
FROM f LEFT JOIN headline_fill AS h USING (figure_id);

-- The linking groups to recompute: those the changed articles' figures belonged to, and
-- those they belong to now.
CREATE OR REPLACE TEMP TABLE claims_affected AS
SELECT group_key FROM claim_reports WHERE article_id IN (SELECT article_id FROM claims_articles)
UNION
SELECT group_key FROM claims_effective('claims_articles');

-- The subjects (party, kind, claimant, system) whose latest claim may change.
CREATE OR REPLACE TEMP TABLE claims_touched AS
SELECT DISTINCT subject_key FROM claims WHERE group_key IN (SELECT group_key FROM claims_affected);

-- Every figure of those groups: the articles holding one, seen again as claims see them.
CREATE OR REPLACE TEMP TABLE claims_group_articles AS
SELECT article_id FROM claims_articles
UNION
SELECT article_id FROM claim_reports WHERE group_key IN (SELECT group_key FROM claims_affected);

CREATE OR REPLACE TEMP TABLE claims_current AS
SELECT * FROM claims_effective('claims_group_articles')
WHERE group_key IN (SELECT group_key FROM claims_affected);

DELETE FROM claim_reports WHERE group_key IN (SELECT group_key FROM claims_affected);
DELETE FROM claims WHERE group_key IN (SELECT group_key FROM claims_affected);

-- 3. Gaps and islands: within one linking group, in date order, a report more than
--    $gap_days after the previous one starts a new claim; a claim's id is the figure id of
--    its first report (the body before the headline on the same day).
CREATE OR REPLACE TEMP TABLE claims_linked AS
WITH gaps AS (
    SELECT *, published - lag(published) OVER linking AS gap
    FROM claims_current
    WINDOW linking AS (
        PARTITION BY kind, party, claimant, value, low, high, weapon, caliber_mm, action
        ORDER BY published, in_title, figure_id)
)
SELECT *,
       last_value(CASE WHEN gap IS NULL OR gap > $gap_days THEN figure_id END IGNORE NULLS) OVER (
           PARTITION BY kind, party, claimant, value, low, high, weapon, caliber_mm, action
           ORDER BY published, in_title, figure_id
           ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS claim_id
FROM gaps;

INSERT INTO claims BY NAME
SELECT *,
       coalesce(value, low, high) AS best,
       hash(kind, party, claimant, weapon, caliber_mm, CASE WHEN kind = 'weapons' THEN action END)
           AS subject_key,
       false AS is_latest
FROM (
    SELECT claim_id,
           any_value(group_key) AS group_key,
           any_value(kind) AS kind,
           any_value(party) AS party,
           any_value(claimant) AS claimant,
           mode(population) AS population,
           any_value(value) AS value,
           any_value(low) AS low,
           any_value(high) AS high,
           max(qualifier) FILTER (WHERE figure_id = claim_id) AS qualifier,
           any_value(weapon) AS weapon,
           any_value(caliber_mm) AS caliber_mm,
           any_value(action) AS action,
           min(published) AS first_reported,
           max(published) AS last_reported,
           count(DISTINCT article_id) AS reports,
           count(DISTINCT outlet) AS outlets,
           count(*) AS figures,
           max(article_id) FILTER (WHERE figure_id = claim_id) AS article_id,
           max(outlet) FILTER (WHERE figure_id = claim_id) AS outlet,
           max(evidence) FILTER (WHERE figure_id = claim_id) AS evidence,
           arg_max(article_id, (published, NOT in_title, figure_id)) AS latest_article_id,
           arg_max(outlet, (published, NOT in_title, figure_id)) AS latest_outlet,
           list_sort(list(DISTINCT outlet) FILTER (WHERE outlet IS NOT NULL)) AS outlet_names
    FROM claims_linked
    GROUP BY claim_id
);

INSERT INTO claim_reports BY NAME
SELECT l.figure_id, l.claim_id, l.group_key, l.fingerprint, l.article_id, l.published, l.outlet, l.in_title,
       c.first_reported, c.last_reported, c.reports, c.outlets, c.figures
FROM claims_linked AS l
JOIN claims AS c USING (claim_id);

-- 4. The latest claim of every touched subject: the most recently first reported; on the
--    same day the one giving a number (not only bounds), then the most reported, then the
--    largest (tolls grow), then by id so the choice is stable.
INSERT INTO claims_touched
SELECT DISTINCT subject_key FROM claims WHERE group_key IN (SELECT group_key FROM claims_affected);

UPDATE claims SET is_latest = ranked.n = 1
FROM (
    SELECT claim_id,
           row_number() OVER (
               PARTITION BY party, kind, claimant, weapon, caliber_mm,
                            CASE WHEN kind = 'weapons' THEN action END
               ORDER BY first_reported DESC, last_reported DESC, (value IS NOT NULL) DESC,
                        reports DESC, best DESC NULLS LAST, claim_id) AS n
    FROM claims
    WHERE subject_key IN (SELECT subject_key FROM claims_touched)
) AS ranked
WHERE claims.claim_id = ranked.claim_id;

CREATE OR REPLACE TEMP TABLE claims_refresh_summary AS
SELECT (SELECT count(*) FROM claims_affected) AS groups,
       (SELECT count(DISTINCT claim_id) FROM claims_linked) AS claims,
       (SELECT count(*) FROM claims_linked) AS reports;

DROP TABLE claims_current;
DROP TABLE claims_articles;
DROP TABLE claims_group_articles;
DROP MACRO TABLE claims_effective;
DROP TABLE claims_linked;
DROP TABLE claims_affected;
DROP TABLE claims_touched;
