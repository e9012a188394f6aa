-- AlterTable
ALTER TABLE "ProcessedUpdate" ADD COLUMN     "chatKey" TEXT,
ADD COLUMN     "replies" TEXT;

-- CreateIndex
CREATE INDEX "ProcessedUpdate_chatKey_idx" ON "ProcessedUpdate"("chatKey");
