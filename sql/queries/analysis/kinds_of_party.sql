-- The kinds of claim made about one party, with how many (for "no claims" messages and charts).
SELECT kind, count(*) AS claims FROM claims
WHERE party = $party
GROUP BY kind
ORDER BY claims DESC, kind;
