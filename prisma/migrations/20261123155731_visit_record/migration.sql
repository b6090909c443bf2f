-- CreateEnum
CREATE TYPE "EvidenceDecision" AS ENUM ('ACCEPTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "VisitRating" AS ENUM ('MET', 'NOT_MET');

-- CreateTable
CREATE TABLE "VisitEvidenceReview" (
    "visitId" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,
    "assessorUserId" TEXT NOT NULL,
    "decision" "EvidenceDecision" NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VisitEvidenceReview_pkey" PRIMARY KEY ("visitId","evidenceId","assessorUserId")
);

-- CreateTable
CREATE TABLE "VisitCriterionRating" (
    "visitId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "assessorUserId" TEXT NOT NULL,
    "rating" "VisitRating" NOT NULL,
    "observation" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VisitCriterionRating_pkey" PRIMARY KEY ("visitId","criterionId","assessorUserId")
);

-- CreateTable
CREATE TABLE "VisitConversation" (
    "visitId" TEXT NOT NULL,
    "statementNumber" INTEGER NOT NULL,
    "assessorUserId" TEXT NOT NULL,
    "peopleWhoUseService" INTEGER NOT NULL DEFAULT 0,
    "carers" INTEGER NOT NULL DEFAULT 0,
    "staff" INTEGER NOT NULL DEFAULT 0,
    "how" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VisitConversation_pkey" PRIMARY KEY ("visitId","statementNumber","assessorUserId")
);

-- CreateTable
CREATE TABLE "VisitReport" (
    "visitId" TEXT NOT NULL,
    "submittedById" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decisions" JSONB NOT NULL,
    "result" JSONB NOT NULL,
    "verifiedLevel" INTEGER NOT NULL,

    CONSTRAINT "VisitReport_pkey" PRIMARY KEY ("visitId")
);

-- AddForeignKey
ALTER TABLE "VisitEvidenceReview" ADD CONSTRAINT "VisitEvidenceReview_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitCriterionRating" ADD CONSTRAINT "VisitCriterionRating_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitConversation" ADD CONSTRAINT "VisitConversation_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitReport" ADD CONSTRAINT "VisitReport_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;
