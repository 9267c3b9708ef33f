-- The columns of one table of the main schema, in order.
SELECT column_name FROM information_schema.columns
WHERE table_name = $table AND table_schema = 'main'
ORDER BY ordinal_position;
