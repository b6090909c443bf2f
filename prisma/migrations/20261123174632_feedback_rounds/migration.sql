-- CreateEnum
CREATE TYPE "FeedbackRoundStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateTable
CREATE TABLE "FeedbackRound" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "linkCode" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "services" TEXT NOT NULL,
    "status" "FeedbackRoundStatus" NOT NULL DEFAULT 'OPEN',
    "closedAt" TIMESTAMP(3),
    "evidenceItemId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedbackRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackResponse" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "submittedOn" DATE NOT NULL,
    "isCarer" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "FeedbackResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackAnswer" (
    "responseId" TEXT NOT NULL,
    "statementNumber" INTEGER NOT NULL,
    "rating" INTEGER,
    "comment" TEXT NOT NULL DEFAULT '',
    "redactedComment" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "FeedbackAnswer_pkey" PRIMARY KEY ("responseId","statementNumber")
);

-- CreateTable
CREATE TABLE "FeedbackBrowser" (
    "roundId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,

    CONSTRAINT "FeedbackBrowser_pkey" PRIMARY KEY ("roundId","tokenHash")
);

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackRound_linkCode_key" ON "FeedbackRound"("linkCode");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackRound_evidenceItemId_key" ON "FeedbackRound"("evidenceItemId");

-- CreateIndex
CREATE INDEX "FeedbackRound_organisationId_createdAt_idx" ON "FeedbackRound"("organisationId", "createdAt");

-- CreateIndex
CREATE INDEX "FeedbackResponse_roundId_idx" ON "FeedbackResponse"("roundId");

-- AddForeignKey
ALTER TABLE "FeedbackRound" ADD CONSTRAINT "FeedbackRound_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackRound" ADD CONSTRAINT "FeedbackRound_evidenceItemId_fkey" FOREIGN KEY ("evidenceItemId") REFERENCES "EvidenceItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackResponse" ADD CONSTRAINT "FeedbackResponse_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "FeedbackRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackAnswer" ADD CONSTRAINT "FeedbackAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "FeedbackResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackBrowser" ADD CONSTRAINT "FeedbackBrowser_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "FeedbackRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Answers are what people said: once given they are never changed, by the organisation or anyone.
-- (Rows still go when their round or organisation is deleted.)
CREATE FUNCTION "feedback_is_unchangeable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Feedback answers cannot be changed';
END;
$$;

CREATE TRIGGER "FeedbackResponse_unchangeable" BEFORE UPDATE ON "FeedbackResponse" FOR EACH ROW EXECUTE FUNCTION "feedback_is_unchangeable"();
CREATE TRIGGER "FeedbackAnswer_unchangeable" BEFORE UPDATE ON "FeedbackAnswer" FOR EACH ROW EXECUTE FUNCTION "feedback_is_unchangeable"();
