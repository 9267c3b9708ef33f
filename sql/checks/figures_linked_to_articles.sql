-- Figures of the batch that point at no article, or whose date disagrees with it.
SELECT f.figure_id, f.kind, f.article_id, f.published AS figure_published, a.published AS article_published
FROM figures f
LEFT JOIN articles a USING (article_id)
WHERE f.article_id IN (SELECT article_id FROM staged_processed)
  AND (a.article_id IS NULL OR a.published IS NULL OR a.published <> f.published);
