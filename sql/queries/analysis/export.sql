-- Write a whole table or view to a file with DuckDB's own writer. {relation} is a name checked
-- against the catalog and quoted; {format} is one of csv, parquet, json (newline-delimited
-- objects); the path is bound.
COPY (SELECT * FROM {relation}) TO $path ({format});
