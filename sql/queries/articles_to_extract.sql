-- Articles of a date range that a stage must process: all of them for a backfill
-- ($only_pending false), else those not yet processed at this extractor version.
SELECT a.article_id, a.title, a.text, a.published, a.outlet
FROM articles a
WHERE a.published BETWEEN $start AND $end
  AND (NOT $only_pending OR NOT EXISTS (
        SELECT 1 FROM article_extractions e
        WHERE e.article_id = a.article_id AND e.stage = $stage AND e.extractor_version = $version))
ORDER BY a.published, a.article_id;
