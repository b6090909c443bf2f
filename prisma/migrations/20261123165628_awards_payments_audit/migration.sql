-- CreateEnum
CREATE TYPE "AwardStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'REVOKED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "ConditionStatus" AS ENUM ('OPEN', 'MET', 'MISSED');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('REQUESTED', 'DECIDED');

-- CreateEnum
CREATE TYPE "ReminderKind" AS ENUM ('EXPIRY_90_DAYS', 'EXPIRY_30_DAYS');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('BANK_TRANSFER', 'VOUCHER', 'CHARITY', 'DECLINED');

-- CreateEnum
CREATE TYPE "LimitMode" AS ENUM ('NONE', 'PERMITTED_WORK', 'OWN');

-- AlterTable
ALTER TABLE "AssessorProfile" ADD COLUMN     "limitMode" "LimitMode" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "ownWeeklyEarningsPence" INTEGER,
ADD COLUMN     "ownWeeklyMinutes" INTEGER,
ADD COLUMN     "preferredCharity" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "preferredPayment" "PaymentMethod";

-- AlterTable
ALTER TABLE "VisitReport" ADD COLUMN     "noAwardDecidedAt" TIMESTAMP(3),
ADD COLUMN     "noAwardDecidedById" TEXT,
ADD COLUMN     "noAwardReason" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "FactualAccuracyCheck" (
    "visitId" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentById" TEXT,
    "dueOn" DATE NOT NULL,
    "respondedAt" TIMESTAMP(3),
    "respondedById" TEXT,
    "confirmedAccurate" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "FactualAccuracyCheck_pkey" PRIMARY KEY ("visitId")
);

-- CreateTable
CREATE TABLE "FactualAccuracyPoint" (
    "id" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "statementNumber" INTEGER,
    "whatIsWrong" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "response" TEXT NOT NULL DEFAULT '',
    "respondedAt" TIMESTAMP(3),
    "respondedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FactualAccuracyPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Award" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "issuedLevel" INTEGER NOT NULL,
    "computedLevel" INTEGER NOT NULL,
    "levelReason" TEXT NOT NULL DEFAULT '',
    "frameworkVersionId" TEXT NOT NULL,
    "rulesVersion" INTEGER NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issuedById" TEXT,
    "expiresOn" DATE NOT NULL,
    "verificationCode" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "status" "AwardStatus" NOT NULL DEFAULT 'ACTIVE',
    "statusReason" TEXT NOT NULL DEFAULT '',
    "statusChangedAt" TIMESTAMP(3),
    "statusChangedById" TEXT,
    "reviewDueOn" DATE NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Award_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardCondition" (
    "id" TEXT NOT NULL,
    "awardId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "ConditionStatus" NOT NULL DEFAULT 'OPEN',
    "outcomeNote" TEXT NOT NULL DEFAULT '',
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AwardCondition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardReview" (
    "id" TEXT NOT NULL,
    "awardId" TEXT NOT NULL,
    "grounds" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "requestedById" TEXT,
    "status" "ReviewStatus" NOT NULL DEFAULT 'REQUESTED',
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "outcomeLevel" INTEGER,
    "outcomeReason" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "AwardReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardReminder" (
    "awardId" TEXT NOT NULL,
    "kind" "ReminderKind" NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AwardReminder_pkey" PRIMARY KEY ("awardId","kind")
);

-- CreateTable
CREATE TABLE "VisitPayment" (
    "visitId" TEXT NOT NULL,
    "assessorUserId" TEXT NOT NULL,
    "workedOn" DATE NOT NULL,
    "feePence" INTEGER NOT NULL,
    "minutesWorked" INTEGER NOT NULL,
    "expensesPence" INTEGER NOT NULL DEFAULT 0,
    "method" "PaymentMethod" NOT NULL,
    "charityName" TEXT NOT NULL DEFAULT '',
    "paidAt" TIMESTAMP(3),
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VisitPayment_pkey" PRIMARY KEY ("visitId","assessorUserId")
);

-- CreateTable
CREATE TABLE "PermittedWorkLimit" (
    "id" TEXT NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "weeklyMinutes" INTEGER NOT NULL,
    "weeklyEarningsPence" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "setById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PermittedWorkLimit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" TEXT,
    "organisationId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FactualAccuracyPoint_visitId_idx" ON "FactualAccuracyPoint"("visitId");

-- CreateIndex
CREATE UNIQUE INDEX "Award_visitId_key" ON "Award"("visitId");

-- CreateIndex
CREATE UNIQUE INDEX "Award_verificationCode_key" ON "Award"("verificationCode");

-- CreateIndex
CREATE INDEX "Award_organisationId_issuedAt_idx" ON "Award"("organisationId", "issuedAt");

-- CreateIndex
CREATE INDEX "Award_status_expiresOn_idx" ON "Award"("status", "expiresOn");

-- CreateIndex
CREATE INDEX "AwardCondition_awardId_idx" ON "AwardCondition"("awardId");

-- CreateIndex
CREATE INDEX "AwardCondition_status_dueOn_idx" ON "AwardCondition"("status", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "AwardReview_awardId_key" ON "AwardReview"("awardId");

-- CreateIndex
CREATE INDEX "VisitPayment_assessorUserId_workedOn_idx" ON "VisitPayment"("assessorUserId", "workedOn");

-- CreateIndex
CREATE INDEX "VisitPayment_workedOn_idx" ON "VisitPayment"("workedOn");

-- CreateIndex
CREATE UNIQUE INDEX "PermittedWorkLimit_effectiveFrom_key" ON "PermittedWorkLimit"("effectiveFrom");

-- CreateIndex
CREATE INDEX "AuditEvent_organisationId_at_idx" ON "AuditEvent"("organisationId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_at_idx" ON "AuditEvent"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "FactualAccuracyCheck" ADD CONSTRAINT "FactualAccuracyCheck_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactualAccuracyPoint" ADD CONSTRAINT "FactualAccuracyPoint_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "FactualAccuracyCheck"("visitId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_frameworkVersionId_fkey" FOREIGN KEY ("frameworkVersionId") REFERENCES "FrameworkVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardCondition" ADD CONSTRAINT "AwardCondition_awardId_fkey" FOREIGN KEY ("awardId") REFERENCES "Award"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardReview" ADD CONSTRAINT "AwardReview_awardId_fkey" FOREIGN KEY ("awardId") REFERENCES "Award"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardReminder" ADD CONSTRAINT "AwardReminder_awardId_fkey" FOREIGN KEY ("awardId") REFERENCES "Award"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitPayment" ADD CONSTRAINT "VisitPayment_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitPayment" ADD CONSTRAINT "VisitPayment_assessorUserId_fkey" FOREIGN KEY ("assessorUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The audit history is append-only: whatever role the app connects as, rows cannot be changed or
-- removed (Prisma's schema cannot express triggers, so they live only here).
CREATE FUNCTION "audit_event_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent rows cannot be changed or deleted';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_is_append_only"();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_is_append_only"();
