-- 0002: what ingest learned to record when it read more formats.
-- articles.decode_note: bytes that were not valid UTF-8 and were replaced (the article was kept).
-- quarantine.severity: 'error' (nothing of the source was stored) or 'warning' (its article was
--   stored, but something was lost or altered: replaced bytes, a date that is no date, a bad sidecar).
-- quarantine.origin: the scanned file or polled feed URL an entry came from; re-reading that
--   source replaces its entries (source_path may name a line, an item or a sidecar of it).
ALTER TABLE articles ADD COLUMN decode_note VARCHAR;
ALTER TABLE quarantine ADD COLUMN severity VARCHAR DEFAULT 'error';
ALTER TABLE quarantine ADD COLUMN origin VARCHAR;
UPDATE quarantine SET severity = 'error' WHERE severity IS NULL;
UPDATE quarantine SET origin = source_path WHERE origin IS NULL;
