-- Load one ingest batch in a single transaction (the caller wraps BEGIN/COMMIT).
-- Staged temp tables: staged_changed(source_path), staged_source_files, staged_articles,
-- staged_article_sources, staged_quarantine.
-- staged_changed names every source this batch re-read — scanned files and polled feed URLs
-- (their ledger rows and quarantine entries are replaced), feed items delivered again (their
-- article link is replaced) — and sources gone from disk whose ledger row and entries go.

-- Sources whose content changed lose what they delivered before; re-stamped ones keep it.
-- A feed item the feed no longer lists is not in staged_changed, so its article stays.
DELETE FROM article_sources WHERE source_path IN (SELECT source_path FROM staged_changed);
DELETE FROM quarantine WHERE coalesce(origin, source_path) IN (SELECT source_path FROM staged_changed);
DELETE FROM source_files
    WHERE source_path IN (SELECT source_path FROM staged_source_files)
       OR source_path IN (SELECT source_path FROM staged_changed);
INSERT INTO source_files BY NAME SELECT * FROM staged_source_files;
INSERT INTO quarantine BY NAME SELECT * FROM staged_quarantine;
INSERT INTO article_sources BY NAME
    SELECT DISTINCT source_path, article_id, seen_at FROM staged_article_sources;

-- One staged row per article: the best-dated (metadata, then text, then ingest), then by source.
CREATE OR REPLACE TEMP TABLE ingest_staged AS
    SELECT * FROM staged_articles
    QUALIFY row_number() OVER (
        PARTITION BY article_id
        ORDER BY CASE published_source WHEN 'metadata' THEN 0 WHEN 'text' THEN 1 ELSE 2 END, source_path
    ) = 1;

-- New articles only: the same content already stored (or twice in this batch) is stored once.
CREATE OR REPLACE TEMP TABLE ingest_new_articles AS
    SELECT * FROM ingest_staged s
    WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = s.article_id);
INSERT INTO articles BY NAME SELECT * FROM ingest_new_articles;

-- Stored articles whose metadata the batch revises: the source their metadata came from was
-- read again and says something else (an edited sidecar, front matter or JSON field), or another
-- source dates them better (metadata over text over ingest). They keep their ingested_at, and one
-- still dated by ingest keeps the date it was first ingested.
CREATE OR REPLACE TEMP TABLE ingest_revised AS
    WITH candidate AS (
        SELECT s.* REPLACE (
                   a.ingested_at AS ingested_at,
                   CASE WHEN s.published_source = 'ingest' THEN CAST(a.ingested_at AS DATE)
                        ELSE s.published END AS published),
               a.published AS old_published
        FROM ingest_staged s JOIN articles a ON a.article_id = s.article_id
        WHERE s.source_path = a.source_path
           OR CASE s.published_source WHEN 'metadata' THEN 0 WHEN 'text' THEN 1 ELSE 2 END
            < CASE a.published_source WHEN 'metadata' THEN 0 WHEN 'text' THEN 1 ELSE 2 END
    )
    SELECT c.* FROM candidate c JOIN articles a ON a.article_id = c.article_id
    WHERE c.source_path IS DISTINCT FROM a.source_path
       OR c.outlet IS DISTINCT FROM a.outlet
       OR c.published IS DISTINCT FROM a.published
       OR c.published_precision IS DISTINCT FROM a.published_precision
       OR c.published_source IS DISTINCT FROM a.published_source
       OR c.url IS DISTINCT FROM a.url
       OR c.source_format IS DISTINCT FROM a.source_format
       OR c.external_id IS DISTINCT FROM a.external_id
       OR c.decode_note IS DISTINCT FROM a.decode_note;
DELETE FROM articles WHERE article_id IN (SELECT article_id FROM ingest_revised);
INSERT INTO articles BY NAME SELECT * EXCLUDE (old_published) FROM ingest_revised;

-- Articles no source delivers any more (their file was changed) go, with everything derived;
-- revised articles keep their row but lose what was derived from their old date and outlet.
CREATE OR REPLACE TEMP TABLE ingest_orphans AS
    SELECT a.article_id, a.published FROM articles a
    WHERE NOT EXISTS (SELECT 1 FROM article_sources s WHERE s.article_id = a.article_id);
CREATE OR REPLACE TEMP TABLE ingest_invalidated AS
    SELECT article_id FROM ingest_orphans UNION SELECT article_id FROM ingest_revised;
-- (their derived rows go in delete_invalidated_derived.sql, in single-file storage; in Parquet
-- storage their publication days are re-extracted whole instead)
DELETE FROM articles WHERE article_id IN (SELECT article_id FROM ingest_orphans);

-- Publication days whose articles changed: extraction re-runs these partitions.
CREATE OR REPLACE TEMP TABLE ingest_touched AS
    SELECT published FROM ingest_new_articles
    UNION SELECT published FROM ingest_orphans
    UNION SELECT published FROM ingest_revised
    UNION SELECT old_published FROM ingest_revised;
