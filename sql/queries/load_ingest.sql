-- Load one ingest batch in a single transaction (the caller wraps BEGIN/COMMIT).
-- Staged temp tables: staged_changed(source_path), staged_source_files, staged_articles,
-- staged_article_sources, staged_quarantine.

-- Sources whose content changed lose what they delivered before; re-stamped ones keep it.
DELETE FROM article_sources WHERE source_path IN (SELECT source_path FROM staged_changed);
DELETE FROM quarantine WHERE source_path IN (SELECT source_path FROM staged_changed);
DELETE FROM source_files WHERE source_path IN (SELECT source_path FROM staged_source_files);
INSERT INTO source_files BY NAME SELECT * FROM staged_source_files;
INSERT INTO quarantine BY NAME SELECT * FROM staged_quarantine;
INSERT INTO article_sources BY NAME
    SELECT DISTINCT source_path, article_id, seen_at FROM staged_article_sources;

-- New articles only: the same content already stored (or twice in this batch) is stored once.
CREATE OR REPLACE TEMP TABLE ingest_new_articles AS
    SELECT * FROM staged_articles s
    WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = s.article_id)
    QUALIFY row_number() OVER (PARTITION BY s.article_id ORDER BY s.source_path) = 1;
INSERT INTO articles BY NAME SELECT * FROM ingest_new_articles;

-- Articles no source delivers any more (their file was changed) go, with everything derived.
CREATE OR REPLACE TEMP TABLE ingest_orphans AS
    SELECT a.article_id, a.published FROM articles a
    WHERE NOT EXISTS (SELECT 1 FROM article_sources s WHERE s.article_id = a.article_id);
DELETE FROM number_mentions WHERE article_id IN (SELECT article_id FROM ingest_orphans);
DELETE FROM casualty_figures WHERE article_id IN (SELECT article_id FROM ingest_orphans);
DELETE FROM troop_figures WHERE article_id IN (SELECT article_id FROM ingest_orphans);
DELETE FROM weapon_figures WHERE article_id IN (SELECT article_id FROM ingest_orphans);
DELETE FROM article_extractions WHERE article_id IN (SELECT article_id FROM ingest_orphans);
DELETE FROM articles WHERE article_id IN (SELECT article_id FROM ingest_orphans);
