-- The tables and views an analyst may export, with what they are (for validating a name).
SELECT table_name AS name, 'table' AS type FROM duckdb_tables()
WHERE schema_name = 'main' AND NOT internal AND NOT temporary
UNION ALL
SELECT view_name, 'view' FROM duckdb_views()
WHERE schema_name = 'main' AND NOT internal AND NOT temporary
ORDER BY name;
