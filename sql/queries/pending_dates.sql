-- Publication dates that hold an article not yet through the figures stage at this version.
SELECT DISTINCT a.published
FROM articles a
WHERE NOT EXISTS (
    SELECT 1 FROM article_extractions e
    WHERE e.article_id = a.article_id AND e.stage = 'figures' AND e.extractor_version = $version)
ORDER BY 1;
