-- CreateTable
CREATE TABLE "CampaignLine" (
    "id" TEXT NOT NULL,
    "textVi" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CampaignLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CampaignLine_startsAt_endsAt_idx" ON "CampaignLine"("startsAt", "endsAt");
