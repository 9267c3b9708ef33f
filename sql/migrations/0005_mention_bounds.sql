-- 0005: number mentions keep what the number finder already knows about them — the
-- bounds of a range or vague amount, the qualifier it fixes, and a calibre — so the
-- figures stage classifies exactly what the extractor would from the text alone.
ALTER TABLE number_mentions ADD COLUMN low DOUBLE;
ALTER TABLE number_mentions ADD COLUMN high DOUBLE;
ALTER TABLE number_mentions ADD COLUMN qualifier VARCHAR;
ALTER TABLE number_mentions ADD COLUMN caliber_mm DOUBLE;
-- The mention's place in the extractor's own order, so classification sees them as found.
ALTER TABLE number_mentions ADD COLUMN ordinal INTEGER;
