-- Figures and claims of one figure table by kind, for its materialization metadata.
-- {table} is one of the three figure table names (checked by defs/metadata.py).
SELECT f.kind, f.figures, coalesce(c.claims, 0) AS claims
FROM (SELECT kind, count(*) AS figures FROM {table} GROUP BY kind) AS f
LEFT JOIN (SELECT kind, count(*) AS claims FROM claims GROUP BY kind) AS c USING (kind)
ORDER BY f.figures DESC, f.kind;
