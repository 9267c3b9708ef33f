-- Whether a name of the main schema is a BASE TABLE or a VIEW (no row: neither).
SELECT table_type FROM information_schema.tables
WHERE table_name = $table AND table_schema = 'main';
