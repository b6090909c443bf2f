-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('FILE', 'LINK', 'ACCOUNT');

-- CreateEnum
CREATE TYPE "EvidenceType" AS ENUM ('POLICY_OR_PROCEDURE', 'MEETING_MINUTES', 'TRAINING_RECORD', 'SERVICE_USER_FEEDBACK', 'CARER_FEEDBACK', 'STORY', 'OBSERVATION', 'OTHER');

-- CreateEnum
CREATE TYPE "EvidenceSource" AS ENUM ('ORGANISATION', 'PEOPLE_WHO_USE_SERVICE', 'CARER', 'EXPERT_BY_EXPERIENCE');

-- CreateEnum
CREATE TYPE "EvidenceChange" AS ENUM ('CREATED', 'UPDATED', 'DELETED', 'RESTORED', 'LINKED', 'UNLINKED');

-- CreateEnum
CREATE TYPE "Claim" AS ENUM ('NOT_YET', 'PARTLY', 'YES');

-- CreateEnum
CREATE TYPE "LadderRung" AS ENUM ('COERCION', 'EDUCATING', 'INFORMING', 'CONSULTATION', 'ENGAGEMENT', 'CO_DESIGN', 'CO_PRODUCTION');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('OPEN', 'DONE');

-- CreateEnum
CREATE TYPE "AssessmentRequestStatus" AS ENUM ('QUEUED', 'ASSIGNED', 'WITHDRAWN', 'COMPLETED');

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storage" TEXT NOT NULL,
    "storageKey" TEXT,
    "content" BYTEA,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceItem" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "evidenceDate" DATE NOT NULL,
    "type" "EvidenceType" NOT NULL,
    "source" "EvidenceSource" NOT NULL,
    "consentGiven" BOOLEAN NOT NULL DEFAULT false,
    "consentNote" TEXT,
    "url" TEXT,
    "body" TEXT,
    "fileId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvidenceItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceLink" (
    "evidenceId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceLink_pkey" PRIMARY KEY ("evidenceId","criterionId")
);

-- CreateTable
CREATE TABLE "EvidenceHistory" (
    "id" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "change" "EvidenceChange" NOT NULL,
    "actorId" TEXT,
    "changes" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SelfAssessment" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "frameworkVersionId" TEXT NOT NULL,
    "rulesVersion" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SelfAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CriterionAnswer" (
    "id" TEXT NOT NULL,
    "selfAssessmentId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "claim" "Claim" NOT NULL,
    "account" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CriterionAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SelfAssessmentStatement" (
    "selfAssessmentId" TEXT NOT NULL,
    "statementNumber" INTEGER NOT NULL,
    "readyAt" TIMESTAMP(3) NOT NULL,
    "readyById" TEXT,

    CONSTRAINT "SelfAssessmentStatement_pkey" PRIMARY KEY ("selfAssessmentId","statementNumber")
);

-- CreateTable
CREATE TABLE "LadderPosition" (
    "organisationId" TEXT NOT NULL,
    "statementNumber" INTEGER NOT NULL,
    "current" "LadderRung" NOT NULL,
    "target" "LadderRung" NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LadderPosition_pkey" PRIMARY KEY ("organisationId","statementNumber")
);

-- CreateTable
CREATE TABLE "ImprovementAction" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "statementNumber" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "status" "ActionStatus" NOT NULL DEFAULT 'OPEN',
    "completedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImprovementAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "invitedById" TEXT,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentRequest" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "frameworkVersionId" TEXT NOT NULL,
    "rulesVersion" INTEGER NOT NULL,
    "status" "AssessmentRequestStatus" NOT NULL DEFAULT 'QUEUED',
    "snapshot" JSONB NOT NULL,
    "selfAssessedLevel" INTEGER NOT NULL,
    "requestedById" TEXT,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssessmentRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentRequestFile" (
    "requestId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,

    CONSTRAINT "AssessmentRequestFile_pkey" PRIMARY KEY ("requestId","fileId")
);

-- CreateIndex
CREATE INDEX "StoredFile_organisationId_idx" ON "StoredFile"("organisationId");

-- CreateIndex
CREATE INDEX "EvidenceItem_organisationId_deletedAt_idx" ON "EvidenceItem"("organisationId", "deletedAt");

-- CreateIndex
CREATE INDEX "EvidenceLink_organisationId_criterionId_idx" ON "EvidenceLink"("organisationId", "criterionId");

-- CreateIndex
CREATE INDEX "EvidenceHistory_evidenceId_createdAt_idx" ON "EvidenceHistory"("evidenceId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SelfAssessment_organisationId_frameworkVersionId_key" ON "SelfAssessment"("organisationId", "frameworkVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "CriterionAnswer_selfAssessmentId_criterionId_key" ON "CriterionAnswer"("selfAssessmentId", "criterionId");

-- CreateIndex
CREATE INDEX "ImprovementAction_organisationId_status_dueDate_idx" ON "ImprovementAction"("organisationId", "status", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_organisationId_email_idx" ON "Invitation"("organisationId", "email");

-- CreateIndex
CREATE INDEX "AssessmentRequest_status_requestedAt_idx" ON "AssessmentRequest"("status", "requestedAt");

-- CreateIndex
CREATE INDEX "AssessmentRequest_organisationId_idx" ON "AssessmentRequest"("organisationId");

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceItem" ADD CONSTRAINT "EvidenceItem_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceItem" ADD CONSTRAINT "EvidenceItem_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceItem" ADD CONSTRAINT "EvidenceItem_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceItem" ADD CONSTRAINT "EvidenceItem_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceLink" ADD CONSTRAINT "EvidenceLink_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "EvidenceItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceLink" ADD CONSTRAINT "EvidenceLink_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceHistory" ADD CONSTRAINT "EvidenceHistory_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "EvidenceItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceHistory" ADD CONSTRAINT "EvidenceHistory_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessment" ADD CONSTRAINT "SelfAssessment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessment" ADD CONSTRAINT "SelfAssessment_frameworkVersionId_fkey" FOREIGN KEY ("frameworkVersionId") REFERENCES "FrameworkVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionAnswer" ADD CONSTRAINT "CriterionAnswer_selfAssessmentId_fkey" FOREIGN KEY ("selfAssessmentId") REFERENCES "SelfAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionAnswer" ADD CONSTRAINT "CriterionAnswer_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionAnswer" ADD CONSTRAINT "CriterionAnswer_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessmentStatement" ADD CONSTRAINT "SelfAssessmentStatement_selfAssessmentId_fkey" FOREIGN KEY ("selfAssessmentId") REFERENCES "SelfAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LadderPosition" ADD CONSTRAINT "LadderPosition_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementAction" ADD CONSTRAINT "ImprovementAction_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentRequest" ADD CONSTRAINT "AssessmentRequest_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentRequest" ADD CONSTRAINT "AssessmentRequest_frameworkVersionId_fkey" FOREIGN KEY ("frameworkVersionId") REFERENCES "FrameworkVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentRequest" ADD CONSTRAINT "AssessmentRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentRequestFile" ADD CONSTRAINT "AssessmentRequestFile_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "AssessmentRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentRequestFile" ADD CONSTRAINT "AssessmentRequestFile_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
