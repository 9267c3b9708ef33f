-- figures: the three figure tables as one, for questions that cut across kinds.
CREATE OR REPLACE VIEW figures AS
SELECT figure_id, article_id, kind, party, population, claimant, value, low, high, qualifier,
       NULL::VARCHAR AS weapon, NULL::DOUBLE AS caliber_mm, NULL::VARCHAR AS action,
       evidence, sentence, char_start, char_end, in_title, published, event_date, outlet
FROM casualty_figures
UNION ALL
SELECT figure_id, article_id, kind, party, population, claimant, value, low, high, qualifier,
       NULL, NULL, action,
       evidence, sentence, char_start, char_end, in_title, published, event_date, outlet
FROM troop_figures
UNION ALL
SELECT figure_id, article_id, kind, party, NULL, claimant, value, low, high, qualifier,
       weapon, caliber_mm, action,
       evidence, sentence, char_start, char_end, in_title, published, event_date, outlet
FROM weapon_figures;
