-- Until now one party alone marked a match COMPLETED; the other side was never asked. Such a
-- completion is what a proposal is now: the match goes back to ACTIVE with the completer's
-- proposal (and outcome) waiting for the other side, and its COMPLETE event becomes that
-- proposal. Only confirmed completions count (track record, figures), so these stop counting
-- until someone confirms them. (A separate migration: a new enum value cannot be used in the
-- transaction that adds it.)
WITH completer AS (
  SELECT DISTINCT ON (e."matchId") e."id" AS "eventId", e."matchId", e."actorId", e."createdAt"
  FROM "MatchEvent" e
  WHERE e."action" = 'COMPLETE'
  ORDER BY e."matchId", e."createdAt" DESC, e."id" DESC
),
proposal AS (
  SELECT k.*, CASE
      WHEN EXISTS (SELECT 1 FROM "Membership" ms WHERE ms."userId" = k."actorId" AND ms."organisationId" = c."organisationId") THEN 'HOUSING'
      WHEN EXISTS (SELECT 1 FROM "Membership" ms WHERE ms."userId" = k."actorId" AND ms."organisationId" = o."organisationId") THEN 'ACTOR'
      ELSE 'CURATOR' END::"MatchParty" AS "party"
  FROM completer k
  JOIN "Match" m ON m."id" = k."matchId"
  JOIN "Challenge" c ON c."id" = m."challengeId"
  JOIN "Offering" o ON o."id" = m."offeringId"
  WHERE m."state" = 'COMPLETED'
),
reopened AS (
  UPDATE "Match" m
  SET "state" = 'ACTIVE',
      "completionProposedAt" = p."createdAt",
      "completionProposedBy" = p."party",
      "completionProposedById" = p."actorId",
      "completedAt" = NULL,
      "closedAt" = NULL,
      "version" = m."version" + 1
  FROM proposal p
  WHERE m."id" = p."matchId"
  RETURNING p."eventId"
)
UPDATE "MatchEvent" e
SET "action" = 'PROPOSE_COMPLETION', "toState" = 'ACTIVE'
FROM reopened r
WHERE e."id" = r."eventId";
