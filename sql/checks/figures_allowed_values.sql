-- Figures of the batch whose kind, qualifier, action or population is outside the
-- allowed vocabulary, or sits in the wrong table. Only a calibre-only weapon mention
-- may have no qualifier (and then no number either).
SELECT figure_id, kind, qualifier, action, population
FROM (
    SELECT figure_id, article_id, kind, qualifier, NULL AS action, population, value, low, high,
           kind IN ('killed', 'wounded', 'casualties', 'captured', 'missing') AS kind_ok
    FROM casualty_figures
    UNION ALL
    SELECT figure_id, article_id, kind, qualifier, action, population, value, low, high, kind = 'troops'
    FROM troop_figures
    UNION ALL
    SELECT figure_id, article_id, kind, qualifier, action, NULL, value, low, high, kind = 'weapons'
    FROM weapon_figures
)
WHERE article_id IN (SELECT article_id FROM staged_processed)
  AND (NOT kind_ok
       OR (qualifier IS NOT NULL AND qualifier NOT IN ('exact', 'approx', 'at_least', 'at_most', 'range', 'vague'))
       OR (qualifier IS NULL AND (kind <> 'weapons' OR coalesce(value, low, high) IS NOT NULL))
       OR (action IS NOT NULL AND action NOT IN ('supplied', 'deployed', 'destroyed', 'captured', 'lost'))
       OR (population IS NOT NULL AND population NOT IN ('military', 'civilian')));
