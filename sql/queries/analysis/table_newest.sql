-- The newest figures of one figure table (a preview for the Dagster UI), with the claim each
-- belongs to and how many articles carried it. {table} as in table_kinds.sql.
SELECT f.published, f.party, f.kind, f.claimant, claim_figure(f.value, f.low, f.high, f.qualifier) AS figure,
       f.qualifier, fc.reports, f.outlet, f.evidence
FROM {table} AS f
LEFT JOIN figure_claims AS fc USING (figure_id)
ORDER BY f.published DESC, f.in_title, f.article_id, f.char_start
LIMIT $limit;
