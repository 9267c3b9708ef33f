-- 0003: claims, the figures with syndication linked (issue 4 / issue 6).
-- One claim is one statement of one claimant: the same claimant, kind, party, bounds and
-- (for weapons) system, calibre and action, carried by any number of articles and outlets
-- whose publication dates follow each other with gaps of at most a few days (a headline
-- repeating its article's body is a report of the same claim too). Both tables are derived
-- from the figure tables by storage/claims.py (refresh_claims) inside the load transaction,
-- so the analyst views over them stay fast on millions of figures.

-- One row per claim.
CREATE TABLE claims (
    claim_id           VARCHAR NOT NULL,   -- figure_id of its first report (body before headline)
    group_key          UBIGINT NOT NULL,   -- hash of the linking key (kind .. action): what refresh recomputes
    subject_key        UBIGINT NOT NULL,   -- hash of party, kind, claimant (+ system for weapons): is_latest's scope
    kind               VARCHAR NOT NULL,
    party              VARCHAR,
    claimant           VARCHAR,
    population         VARCHAR,            -- the population its reports give most often
    value              BIGINT,
    low                BIGINT,
    high               BIGINT,
    best               BIGINT,             -- value, else low, else high
    qualifier          VARCHAR,            -- as the first report words it
    weapon             VARCHAR,
    caliber_mm         DOUBLE,
    action             VARCHAR,
    first_reported     DATE NOT NULL,
    last_reported      DATE NOT NULL,
    reports            INTEGER NOT NULL,   -- articles carrying it
    outlets            INTEGER NOT NULL,   -- distinct outlets among them
    figures            INTEGER NOT NULL,   -- figure rows linked (a headline and its body count twice)
    article_id         VARCHAR NOT NULL,   -- the first report's article, outlet and evidence
    outlet             VARCHAR,
    evidence           VARCHAR NOT NULL,
    latest_article_id  VARCHAR NOT NULL,   -- the last report's article and outlet
    latest_outlet      VARCHAR,
    outlet_names       VARCHAR[],          -- every outlet that carried it, sorted
    is_latest          BOOLEAN NOT NULL    -- the newest claim of its subject (see claims_latest)
);

-- One row per figure: which claim it reports, and the fingerprint refresh compares.
CREATE TABLE claim_reports (
    figure_id    VARCHAR NOT NULL,
    claim_id     VARCHAR NOT NULL,
    group_key    UBIGINT NOT NULL,
    fingerprint  UBIGINT NOT NULL,         -- hash of every column the claim is made from
    article_id   VARCHAR NOT NULL,
    published    DATE NOT NULL,
    outlet       VARCHAR,
    in_title     BOOLEAN NOT NULL
);
