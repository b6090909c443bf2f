-- CreateEnum
CREATE TYPE "ConflictKind" AS ENUM ('WORKED_FOR', 'USED_SERVICE', 'CLOSE_TO', 'OTHER');

-- CreateEnum
CREATE TYPE "VisitStatus" AS ENUM ('SCHEDULED', 'IN_PROGRESS', 'REPORT_SUBMITTED', 'CLOSED', 'CANCELLED');

-- CreateTable
CREATE TABLE "AssessorProfile" (
    "userId" TEXT NOT NULL,
    "trainingCompletedOn" DATE,
    "accreditedOn" DATE,
    "accreditationExpiresOn" DATE,
    "areas" TEXT[],
    "serviceKinds" TEXT[],
    "availability" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssessorProfile_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "ConflictDeclaration" (
    "id" TEXT NOT NULL,
    "assessorUserId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "kind" "ConflictKind" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "declaredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConflictDeclaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Visit" (
    "id" TEXT NOT NULL,
    "assessmentRequestId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "scheduledFor" DATE NOT NULL,
    "status" "VisitStatus" NOT NULL DEFAULT 'SCHEDULED',
    "assignedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Visit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitAssessor" (
    "visitId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "isLead" BOOLEAN NOT NULL,

    CONSTRAINT "VisitAssessor_pkey" PRIMARY KEY ("visitId","userId")
);

-- CreateIndex
CREATE INDEX "ConflictDeclaration_organisationId_idx" ON "ConflictDeclaration"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "ConflictDeclaration_assessorUserId_organisationId_key" ON "ConflictDeclaration"("assessorUserId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Visit_assessmentRequestId_key" ON "Visit"("assessmentRequestId");

-- CreateIndex
CREATE INDEX "Visit_organisationId_idx" ON "Visit"("organisationId");

-- CreateIndex
CREATE INDEX "Visit_status_scheduledFor_idx" ON "Visit"("status", "scheduledFor");

-- CreateIndex
CREATE INDEX "VisitAssessor_userId_idx" ON "VisitAssessor"("userId");

-- AddForeignKey
ALTER TABLE "AssessorProfile" ADD CONSTRAINT "AssessorProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictDeclaration" ADD CONSTRAINT "ConflictDeclaration_assessorUserId_fkey" FOREIGN KEY ("assessorUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictDeclaration" ADD CONSTRAINT "ConflictDeclaration_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_assessmentRequestId_fkey" FOREIGN KEY ("assessmentRequestId") REFERENCES "AssessmentRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitAssessor" ADD CONSTRAINT "VisitAssessor_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitAssessor" ADD CONSTRAINT "VisitAssessor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
