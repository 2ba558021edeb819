-- A deleted account keeps its row, emptied of personal data, so that what the person wrote
-- keeps its author (shown as a former member) and counts such as an idea's supports stay right
-- (docs/decisions.md, "Deleting an account").
ALTER TABLE "User" ADD COLUMN "deletedAt" TIMESTAMPTZ(3);
