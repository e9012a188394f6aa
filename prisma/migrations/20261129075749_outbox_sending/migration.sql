-- AlterTable
ALTER TABLE "Outbox" ADD COLUMN     "sendingSince" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Outbox_sendingSince_idx" ON "Outbox"("sendingSince");
