-- A realistic synthetic corpus for benchmarks/query_speed.py, generated in DuckDB without Python
-- loops. Deterministic: every "random" choice is a hash of the row's numbers. $events original
-- statements, each carried by 1-8 articles of different outlets over consecutive days (some
-- repeated a month later), 15% of reports also stated in the headline (without claimant, as
-- extractors often leave it). Parties, claimants and outlets are skewed like real news.
CREATE OR REPLACE TEMP TABLE bench_events AS
WITH e AS (
    SELECT range AS e,
           (hash(range, 'party') % 1000)::BIGINT AS hp,
           (hash(range, 'kind') % 100)::BIGINT AS hk,
           (hash(range, 'claimant') % 100)::BIGINT AS hc,
           (hash(range, 'value') % 4000)::BIGINT AS hv,
           (hash(range, 'qualifier') % 100)::BIGINT AS hq,
           (hash(range, 'reports') % 100)::BIGINT AS hr,
           (hash(range, 'weapon') % 40)::BIGINT AS hw,
           (hash(range, 'day') % 1800)::BIGINT AS hd
    FROM range($events)
)
SELECT e,
       CASE (hp * hp) // 5000
           WHEN 0 THEN 'North Korea' WHEN 1 THEN 'Russia' WHEN 2 THEN 'Ukraine' WHEN 3 THEN 'Palestine'
           WHEN 4 THEN 'Israel' WHEN 5 THEN 'Sudan' WHEN 6 THEN 'Lebanon' WHEN 7 THEN 'Syria'
           ELSE 'Party ' || lpad(((hp * hp) // 5000)::VARCHAR, 3, '0') END AS party,
       CASE WHEN hk < 30 THEN 'killed' WHEN hk < 50 THEN 'wounded' WHEN hk < 65 THEN 'casualties'
            WHEN hk < 70 THEN 'captured' WHEN hk < 75 THEN 'missing' WHEN hk < 85 THEN 'troops'
            ELSE 'weapons' END AS kind,
       CASE WHEN hc < 10 THEN NULL ELSE 'Claimant ' || (hc % 13) END AS claimant_stem,
       CAST(pow(10, 1 + hv / 1000.0) AS BIGINT) AS n,
       CASE WHEN hq < 35 THEN 'exact' WHEN hq < 60 THEN 'approx' WHEN hq < 80 THEN 'at_least'
            WHEN hq < 85 THEN 'at_most' WHEN hq < 90 THEN 'range' ELSE 'vague' END AS qualifier,
       CASE WHEN hr < 40 THEN 1 WHEN hr < 65 THEN 2 WHEN hr < 80 THEN 3 WHEN hr < 90 THEN 5 ELSE 8 END
           AS n_reports,
       hw,
       DATE '2021-01-01' + hd::INTEGER AS day
FROM e;

CREATE OR REPLACE TEMP TABLE bench_figures AS
WITH reports AS (
    SELECT ev.*, r.range AS r,
           (hash(ev.e, r.range, 'outlet') % 500)::BIGINT AS outlet_no,
           ev.day + CASE WHEN r.range > 0 AND r.range = ev.n_reports - 1 AND ev.e % 20 = 0 THEN 30
                         ELSE r.range END::INTEGER AS published
    FROM bench_events AS ev, range(8) AS r
    WHERE r.range < ev.n_reports
),
titled AS (
    SELECT reports.*, t.in_title
    FROM reports, (VALUES (false), (true)) AS t(in_title)
    WHERE NOT t.in_title OR hash(e, r, 'title') % 100 < 15
)
SELECT printf('%016x', hash(e, r, in_title, 'figure')) AS figure_id,
       printf('%016x', hash(outlet_no, published, e % 3, 'article')) AS article_id,
       kind,
       party,
       CASE WHEN kind IN ('troops', 'weapons') THEN NULL WHEN e % 3 = 0 THEN 'civilian' ELSE 'military' END
           AS population,
       CASE WHEN in_title THEN NULL WHEN claimant_stem IS NULL THEN NULL
            ELSE party || ' ' || claimant_stem END AS claimant,
       CASE WHEN qualifier IN ('exact', 'approx') THEN n END AS value,
       CASE WHEN qualifier IN ('at_least', 'range', 'vague') THEN n END AS low,
       CASE WHEN qualifier = 'at_most' THEN n WHEN qualifier = 'range' THEN n * 6 // 5 END AS high,
       qualifier,
       CASE WHEN kind = 'weapons' THEN ['tank', 'howitzer', 'rocket launcher', 'drone', 'artillery shell',
            'armoured vehicle', 'self-propelled gun', 'fighter jet'][hw % 8 + 1] END AS weapon,
       CASE WHEN kind = 'weapons' AND hw % 8 IN (1, 2, 4, 6) THEN [122, 152, 155, 170, 240][hw % 5 + 1] END
           AS caliber_mm,
       CASE WHEN kind = 'weapons' THEN ['supplied', 'deployed', 'destroyed', 'captured', 'lost'][hw % 5 + 1]
            WHEN kind = 'troops' THEN 'deployed' END AS action,
       CASE qualifier WHEN 'approx' THEN 'about ' WHEN 'at_least' THEN 'more than ' WHEN 'at_most' THEN 'up to '
            ELSE '' END || format('{:,}', n) || ' ' || kind AS evidence,
       'Officials said on the day that ' || format('{:,}', n) || ' ' || kind
           || ' had been counted, a figure that could not be independently verified.' AS sentence,
       CAST(CASE WHEN in_title THEN 0 ELSE 40 + r * 7 END AS INTEGER) AS char_start,
       CAST(CASE WHEN in_title THEN 20 ELSE 60 + r * 7 END AS INTEGER) AS char_end,
       in_title,
       published,
       NULL::DATE AS event_date,
       'Outlet ' || lpad(outlet_no::VARCHAR, 3, '0') AS outlet
FROM titled;

INSERT INTO articles BY NAME
SELECT article_id, any_value(outlet) AS outlet, any_value(published) AS published,
       'Headline ' || article_id AS title, 'day' AS published_precision, 'metadata' AS published_source,
       'https://example.org/' || article_id AS url, 'bench/' || article_id || '.txt' AS source_path,
       'text' AS source_format, article_id AS content_sha256, 'Body of ' || article_id AS text,
       TIMESTAMP '2025-01-01 00:00:00' AS ingested_at
FROM bench_figures
GROUP BY article_id;

INSERT INTO casualty_figures BY NAME
SELECT * EXCLUDE (weapon, caliber_mm, action) FROM bench_figures
WHERE kind IN ('killed', 'wounded', 'casualties', 'captured', 'missing');

INSERT INTO troop_figures BY NAME
SELECT * EXCLUDE (weapon, caliber_mm) FROM bench_figures WHERE kind = 'troops';

INSERT INTO weapon_figures BY NAME
SELECT * EXCLUDE (population) FROM bench_figures WHERE kind = 'weapons';

DROP TABLE bench_figures;
DROP TABLE bench_events;
