-- The number mentions of the articles being classified (chunk_articles), in the
-- order the number finder produced them.
SELECT m.article_id, m.surface, m.value, m.unit, m.char_start, m.char_end, m.in_title, m.source,
       m.low, m.high, m.qualifier, m.caliber_mm
FROM number_mentions m
WHERE m.article_id IN (SELECT article_id FROM chunk_articles)
ORDER BY m.article_id, m.ordinal, m.in_title DESC, m.char_start;
