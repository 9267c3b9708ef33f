-- Replace what one extraction batch produced, in a single transaction (caller wraps it).
-- Staged: staged_processed(article_id), staged_number_mentions / staged_casualty_figures /
-- staged_troop_figures / staged_weapon_figures (only the stage's own), staged_article_extractions.
-- $stage is 'mentions' or 'figures'; $start/$end bound the dates replaced whole (a backfill),
-- or are NULL when only the processed articles are replaced (an incremental run).
DELETE FROM article_extractions
    WHERE stage = $stage
      AND (article_id IN (SELECT article_id FROM staged_processed)
           OR published BETWEEN $start AND $end);
INSERT INTO article_extractions BY NAME SELECT * FROM staged_article_extractions;
