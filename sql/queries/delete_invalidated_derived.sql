-- Single-file storage: what was derived from articles that are gone or revised goes with them,
-- in the ingest transaction (ingest_invalidated is made by load_ingest.sql).
DELETE FROM number_mentions WHERE article_id IN (SELECT article_id FROM ingest_invalidated);
DELETE FROM casualty_figures WHERE article_id IN (SELECT article_id FROM ingest_invalidated);
DELETE FROM troop_figures WHERE article_id IN (SELECT article_id FROM ingest_invalidated);
DELETE FROM weapon_figures WHERE article_id IN (SELECT article_id FROM ingest_invalidated);
DELETE FROM article_extractions WHERE article_id IN (SELECT article_id FROM ingest_invalidated);
