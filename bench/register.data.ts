/**
 * The bench's world, written with set-based SQL so 2,000 providers and 100,000 evidence items load
 * in seconds: three in four providers hold an award (levels and expiry dates spread out), a few
 * were assessed without one, and a commissioning body has an API key.
 */
import pg from "pg";
import { createApiKeySecret } from "../lib/api-keys/key-format";
import { buildAwardSnapshot } from "../lib/awards/award-snapshot";
import type { AssessmentSnapshot } from "../lib/assessment-requests/snapshot";
import { scoreOrganisation } from "../lib/scoring";
import { ASSESSMENT_DATE, buildOrganisations } from "./scoring.data";

export const PROVIDERS = 2_000;
export const EVIDENCE_ITEMS = 100_000;

const AREAS = ["Leeds North East", "Leeds North West", "Leeds West", "Leeds Inner", "Leeds South and East"];
const KINDS = ["Community mental health support", "Peer support", "Supported housing", "Carers' support", "Advocacy"];

/** A realistic frozen award result (54 criteria with reasons), the same for every award. */
function snapshotJson(): string {
  const input = buildOrganisations(1, 7)[0]!;
  const result = scoreOrganisation({ ...input, mode: "verified" });
  const request = {
    organisation: { id: "bench", name: "Bench", slug: "bench", area: "Leeds", serviceType: null },
    framework: { id: "bench", version: 1, title: "The Leeds I Statements", rulesVersion: 1 },
    statements: input.framework.statements.map((s) => ({ number: s.number, text: s.title ?? "", criteria: s.criteria.map((c) => ({ id: c.id, code: c.code, level: c.level, text: c.code })) })),
  } as unknown as AssessmentSnapshot;
  return JSON.stringify(buildAwardSnapshot(request, { id: "bench", date: ASSESSMENT_DATE }, result));
}

/** Loads the world into a migrated, empty database; returns an API key for the commissioner. */
export async function loadBenchWorld(url: string): Promise<{ apiKey: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(`INSERT INTO "FrameworkVersion" (id, version, title, status, "rulesVersion", "publishedAt", "updatedAt") VALUES ('bench-framework', 1, 'The Leeds I Statements', 'PUBLISHED', 1, now(), now())`);
    await client.query(
      `INSERT INTO "Organisation" (id, kind, name, slug, area, "serviceKinds", "serviceType", "updatedAt")
       SELECT 'bench-org-' || g, 'PROVIDER', 'Provider ' || lpad(g::text, 4, '0') || ' ' || (ARRAY['Mind', 'Recovery', 'Housing', 'Carers', 'Voices'])[1 + g % 5],
              'provider-' || g, ($1::text[])[1 + g % 5], ARRAY[($2::text[])[1 + g % 5]], 'Community support', now()
       FROM generate_series(1, $3::int) AS g`,
      [AREAS, KINDS, PROVIDERS],
    );
    await client.query(
      `INSERT INTO "EvidenceItem" (id, "organisationId", kind, title, "evidenceDate", type, source, url, "updatedAt")
       SELECT 'bench-ev-' || g, 'bench-org-' || (1 + g % $2::int), 'LINK', 'Minutes of the members'' forum ' || g, date '2026-06-01' - (g % 700),
              (ARRAY['MEETING_MINUTES', 'SERVICE_USER_FEEDBACK', 'POLICY_OR_PROCEDURE', 'STORY']::"EvidenceType"[])[1 + g % 4],
              (ARRAY['ORGANISATION', 'PEOPLE_WHO_USE_SERVICE', 'CARER']::"EvidenceSource"[])[1 + g % 3], 'https://example.org/e/' || g, now()
       FROM generate_series(1, $1::int) AS g`,
      [EVIDENCE_ITEMS, PROVIDERS],
    );
    // Awards for three providers in four; every fortieth was assessed and did not reach level 1.
    await client.query(
      `INSERT INTO "AssessmentRequest" (id, "organisationId", "frameworkVersionId", "rulesVersion", status, snapshot, "selfAssessedLevel", "updatedAt")
       SELECT 'bench-req-' || g, 'bench-org-' || g, 'bench-framework', 1, 'COMPLETED', '{}'::jsonb, 1, now()
       FROM generate_series(1, $1::int) AS g WHERE g % 4 <> 0 OR g % 40 = 0`,
      [PROVIDERS],
    );
    await client.query(
      `INSERT INTO "Visit" (id, "assessmentRequestId", "organisationId", "scheduledFor", status, "updatedAt")
       SELECT 'bench-visit-' || g, 'bench-req-' || g, 'bench-org-' || g, date '2026-01-01' + (g % 300), 'CLOSED', now()
       FROM generate_series(1, $1::int) AS g WHERE g % 4 <> 0 OR g % 40 = 0`,
      [PROVIDERS],
    );
    await client.query(
      `INSERT INTO "VisitReport" ("visitId", decisions, result, "verifiedLevel", "noAwardDecidedAt", "noAwardReason")
       SELECT 'bench-visit-' || g, '{}'::jsonb, '{}'::jsonb, 0, now(), 'Not yet level 1'
       FROM generate_series(1, $1::int) AS g WHERE g % 40 = 0`,
      [PROVIDERS],
    );
    await client.query(
      `INSERT INTO "Award" (id, "organisationId", "visitId", level, "issuedLevel", "computedLevel", "frameworkVersionId", "rulesVersion", "issuedAt", "expiresOn", "verificationCode", snapshot, status, "reviewDueOn", "updatedAt")
       SELECT 'bench-award-' || g, 'bench-org-' || g, 'bench-visit-' || g, 1 + g % 3, 1 + g % 3, 1 + g % 3, 'bench-framework', 1,
              timestamp '2025-01-01' + (g % 600) * interval '1 day', date '2027-01-01' + (g % 600), 'CQM-B' || lpad(g::text, 3, '0') || '-' || lpad(g::text, 4, '0'),
              $2::jsonb, (CASE WHEN g % 50 = 1 THEN 'SUSPENDED' ELSE 'ACTIVE' END)::"AwardStatus", date '2025-02-01', now()
       FROM generate_series(1, $1::int) AS g WHERE g % 4 <> 0`,
      [PROVIDERS, snapshotJson()],
    );
    await client.query(`INSERT INTO "Organisation" (id, kind, name, slug, area, "updatedAt") VALUES ('bench-commissioner', 'COMMISSIONER', 'Bench ICB', 'bench-icb', 'Leeds', now())`);
    const secret = createApiKeySecret();
    await client.query(`INSERT INTO "ApiKey" (id, "organisationId", name, prefix, "keyHash") VALUES ('bench-key', 'bench-commissioner', 'Bench', $1, $2)`, [secret.prefix, secret.keyHash]);
    await client.query("COMMIT");
    await client.query("ANALYZE");
    return { apiKey: secret.key };
  } finally {
    await client.end();
  }
}
