-- CreateTable
CREATE TABLE "DeskMessage" (
    "desk" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,

    CONSTRAINT "DeskMessage_pkey" PRIMARY KEY ("desk","messageId")
);

-- CreateIndex
CREATE INDEX "DeskMessage_caseId_idx" ON "DeskMessage"("caseId");

-- AddForeignKey
ALTER TABLE "DeskMessage" ADD CONSTRAINT "DeskMessage_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
