-- Free text the person typed moves out of "answers" into this sealed column. SQL cannot seal (the key is the
-- app's ENCRYPTION_KEY), so the backfill of older rows runs in the app: the cases module seals any clear free text
-- left in "answers" at start (src/cases/case-details.ts, sealClearFreeText) before its first retention run.
-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "detailsSealed" TEXT;
