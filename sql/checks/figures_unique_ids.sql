-- Figure ids of the batch that occur more than once across the figure tables.
SELECT figure_id, any_value(kind) AS kind, count(*) AS copies
FROM figures
WHERE figure_id IN (
    SELECT figure_id FROM figures WHERE article_id IN (SELECT article_id FROM staged_processed))
GROUP BY figure_id
HAVING count(*) > 1;
