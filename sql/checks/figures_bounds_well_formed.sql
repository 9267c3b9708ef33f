-- Figures of the batch whose bounds contradict each other (low <= value <= high must hold).
SELECT figure_id, kind, value, low, high
FROM figures
WHERE article_id IN (SELECT article_id FROM staged_processed)
  AND (low > value OR value > high OR low > high OR value < 0 OR low < 0 OR high < 0);
