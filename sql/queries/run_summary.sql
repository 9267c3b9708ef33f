-- What the database holds after a run: one row per table, with figures by kind.
SELECT 'articles' AS "table", count(*) AS "rows", NULL AS detail FROM articles
UNION ALL SELECT 'quarantine', count(*), NULL FROM quarantine
UNION ALL SELECT 'number_mentions', count(*), NULL FROM number_mentions
UNION ALL SELECT 'casualty_figures', coalesce(sum(n), 0), string_agg(kind || ' ' || n, ', ' ORDER BY kind)
    FROM (SELECT kind, count(*) AS n FROM casualty_figures GROUP BY kind)
UNION ALL SELECT 'troop_figures', count(*), NULL FROM troop_figures
UNION ALL SELECT 'weapon_figures', count(*), NULL FROM weapon_figures;
