-- `casualty-tracker figures`: claims (each counted once however many outlets carried it),
-- newest first, filtered by whatever the user gave (a NULL filter lets everything through).
SELECT first_reported AS published, party, kind, claimant, figure, qualifier,
       weapon, caliber_mm, action, reports, outlets, first_outlet AS outlet, evidence
FROM claims_timeline
WHERE ($party IS NULL OR party = $party)
  AND ($kind IS NULL OR kind = $kind)
  AND ($claimant IS NULL OR claimant = $claimant)
  AND ($since IS NULL OR last_reported >= $since)
  AND ($until IS NULL OR first_reported <= $until)
ORDER BY first_reported DESC, party, kind, claimant, best DESC NULLS LAST, claim_id
LIMIT $limit;
