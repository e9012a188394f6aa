-- CreateTable
CREATE TABLE "ZaloToken" (
    "id" TEXT NOT NULL,
    "sealed" TEXT NOT NULL,
    "accessExpiresAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ZaloToken_pkey" PRIMARY KEY ("id")
);
