-- Rows of one derived table for the processed articles (or the whole date range of a
-- backfill) are replaced by the staged ones. {table} is one of the fixed table names
-- the loader knows; values are bound parameters.
DELETE FROM {table}
    WHERE article_id IN (SELECT article_id FROM staged_processed)
       OR published BETWEEN $start AND $end;
INSERT INTO {table} BY NAME SELECT * FROM staged_{table};
