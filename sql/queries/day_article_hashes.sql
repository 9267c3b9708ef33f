-- One fingerprint per publication day of the articles it holds (ids are content hashes),
-- to tell which days' Parquet files are out of date.
SELECT published, count(*) AS articles, md5(string_agg(article_id, ',' ORDER BY article_id)) AS articles_sha
FROM articles
GROUP BY published
ORDER BY published;
