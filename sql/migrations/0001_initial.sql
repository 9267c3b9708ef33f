-- 0001: the first schema. Articles, their sources, quarantine, number mentions and
-- the three figure tables. No primary keys: loads replace rows by article or by
-- date inside one transaction, and asset checks prove ids unique.

CREATE TABLE articles (
    article_id           VARCHAR NOT NULL,   -- first 16 hex of content_sha256
    title                VARCHAR,
    outlet               VARCHAR,
    published            DATE NOT NULL,
    published_precision  VARCHAR,            -- day | month | year | ingest
    published_source     VARCHAR,            -- metadata | text | ingest
    url                  VARCHAR,
    source_path          VARCHAR,            -- where it was first read
    source_format        VARCHAR,
    external_id          VARCHAR,
    content_sha256       VARCHAR NOT NULL,
    text                 VARCHAR,
    ingested_at          TIMESTAMP NOT NULL
);

-- Every source that delivered an article (the same article may come from several).
CREATE TABLE article_sources (
    source_path  VARCHAR NOT NULL,
    article_id   VARCHAR NOT NULL,
    seen_at      TIMESTAMP NOT NULL
);

-- The ingest ledger: what each source file looked like when it was last read.
CREATE TABLE source_files (
    source_path  VARCHAR NOT NULL,
    size_bytes   BIGINT,
    mtime_ns     BIGINT,
    sha256       VARCHAR,
    status       VARCHAR NOT NULL,           -- loaded | quarantined
    articles     INTEGER NOT NULL,
    read_at      TIMESTAMP NOT NULL
);

-- Sources that could not be read, with the reason; cleared when the source is fixed.
CREATE TABLE quarantine (
    source_path  VARCHAR NOT NULL,
    reason       VARCHAR NOT NULL,
    first_bytes  BLOB,
    sha256       VARCHAR,
    detected_at  TIMESTAMP NOT NULL
);

-- Which extractor version last processed each article at each stage (mentions,
-- figures): the content-hash cache that lets a run skip unchanged articles.
CREATE TABLE article_extractions (
    article_id         VARCHAR NOT NULL,
    published          DATE NOT NULL,
    stage              VARCHAR NOT NULL,     -- mentions | figures
    extractor_version  VARCHAR NOT NULL,
    items              INTEGER NOT NULL,
    extracted_at       TIMESTAMP NOT NULL
);

-- Every number quantulum3 (or the vague-amount lexicon) found in a candidate sentence.
CREATE TABLE number_mentions (
    mention_id   VARCHAR NOT NULL,
    article_id   VARCHAR NOT NULL,
    published    DATE NOT NULL,
    surface      VARCHAR NOT NULL,
    value        DOUBLE,
    unit         VARCHAR,
    char_start   INTEGER NOT NULL,
    char_end     INTEGER NOT NULL,
    in_title     BOOLEAN NOT NULL,
    source       VARCHAR NOT NULL
);

CREATE TABLE casualty_figures (
    figure_id    VARCHAR NOT NULL,
    article_id   VARCHAR NOT NULL,
    kind         VARCHAR NOT NULL,           -- killed | wounded | casualties | captured | missing
    party        VARCHAR,
    population   VARCHAR,                    -- military | civilian | NULL
    claimant     VARCHAR,
    value        BIGINT,
    low          BIGINT,
    high         BIGINT,
    qualifier    VARCHAR,
    evidence     VARCHAR NOT NULL,
    sentence     VARCHAR,
    char_start   INTEGER NOT NULL,
    char_end     INTEGER NOT NULL,
    in_title     BOOLEAN NOT NULL,
    published    DATE NOT NULL,
    event_date   DATE,
    outlet       VARCHAR
);

CREATE TABLE troop_figures (
    figure_id    VARCHAR NOT NULL,
    article_id   VARCHAR NOT NULL,
    kind         VARCHAR NOT NULL,           -- troops
    party        VARCHAR,
    population   VARCHAR,
    claimant     VARCHAR,
    value        BIGINT,
    low          BIGINT,
    high         BIGINT,
    qualifier    VARCHAR,
    action       VARCHAR,                    -- deployed | ...
    evidence     VARCHAR NOT NULL,
    sentence     VARCHAR,
    char_start   INTEGER NOT NULL,
    char_end     INTEGER NOT NULL,
    in_title     BOOLEAN NOT NULL,
    published    DATE NOT NULL,
    event_date   DATE,
    outlet       VARCHAR
);

CREATE TABLE weapon_figures (
    figure_id    VARCHAR NOT NULL,
    article_id   VARCHAR NOT NULL,
    kind         VARCHAR NOT NULL,           -- weapons
    party        VARCHAR,
    claimant     VARCHAR,
    weapon       VARCHAR,
    caliber_mm   DOUBLE,
    action       VARCHAR,                    -- supplied | deployed | destroyed | captured | lost
    value        BIGINT,
    low          BIGINT,
    high         BIGINT,
    qualifier    VARCHAR,
    evidence     VARCHAR NOT NULL,
    sentence     VARCHAR,
    char_start   INTEGER NOT NULL,
    char_end     INTEGER NOT NULL,
    in_title     BOOLEAN NOT NULL,
    published    DATE NOT NULL,
    event_date   DATE,
    outlet       VARCHAR
);
