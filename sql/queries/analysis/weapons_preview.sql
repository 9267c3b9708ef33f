-- Weapon claims by system (weapons_by_system), most claimed first: the weapon table's preview.
SELECT party, weapon, caliber_mm, action, claims, mentions_without_count, latest_count, latest_count_claimant
FROM weapons_by_system
ORDER BY claims DESC, party, caliber_mm DESC NULLS LAST, weapon
LIMIT $limit;
