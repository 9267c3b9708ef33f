-- The articles of one publication day (every column: extraction reads the text, the
-- audits of the day's figures check them against these rows).
SELECT * FROM articles WHERE published = $day ORDER BY article_id;
