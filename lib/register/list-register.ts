import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { dbDateToIso, todayInLondon, type IsoDate } from "@/lib/dates";
import { PAGE_SIZE, type RegisterFilters, type RegisterSort } from "@/lib/register/register-query";

// The register is public information (which providers hold which award), so it is read straight
// from the providers and their current awards, not through a member's organisation scope. Evidence
// and anything else an organisation owns never appears here.

export type RegisterStanding = "AWARDED" | "SUSPENDED" | "NOT_YET_LEVEL_1" | "NO_AWARD";

export type RegisterEntry = {
  id: string;
  slug: string;
  name: string;
  area: string;
  serviceType: string | null;
  serviceKinds: string[];
  standing: RegisterStanding;
  award: { level: number; issuedOn: IsoDate; expiresOn: IsoDate; verificationCode: string; underReview: boolean } | null;
};

type Row = {
  id: string;
  slug: string;
  name: string;
  area: string;
  serviceType: string | null;
  serviceKinds: string[] | null;
  level: number | null;
  awardStatus: "ACTIVE" | "SUSPENDED" | null;
  issuedAt: Date | null;
  expiresOn: Date | null;
  verificationCode: string | null;
  underReview: boolean | null;
  rank: number;
  sortKey: string;
  sortName: string;
  total?: bigint;
};

/** Days ahead that count as "expiring soon" in the register's filter. */
export const EXPIRING_SOON_DAYS = 90;

function addDays(iso: IsoDate, days: number): IsoDate {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Every provider with the award in force today (or why there is none), as one set to filter. */
function entriesSql(today: IsoDate): Prisma.Sql {
  return Prisma.sql`
    WITH pending_review AS (
      SELECT "awardId" FROM "AwardReview" WHERE status = 'REQUESTED'
    ), current_award AS (
      SELECT DISTINCT ON (a."organisationId")
        a."organisationId", a.id, a.level, a.status, a."issuedAt", a."expiresOn", a."verificationCode",
        (pr."awardId" IS NOT NULL) AS "underReview"
      FROM "Award" a
      LEFT JOIN pending_review pr ON pr."awardId" = a.id
      WHERE a.status IN ('ACTIVE', 'SUSPENDED') AND a."expiresOn" >= ${today}::date
      ORDER BY a."organisationId", a."issuedAt" DESC
    ), entries AS (
      SELECT o.id, o.slug, o.name, o.area, o."serviceType", o."serviceKinds",
        ca.level, ca.status::text AS "awardStatus", ca."issuedAt", ca."expiresOn", ca."verificationCode", ca."underReview",
        CASE
          WHEN ca.id IS NOT NULL THEN ca.level
          WHEN EXISTS (
            SELECT 1 FROM "VisitReport" vr JOIN "Visit" v ON v.id = vr."visitId"
            WHERE v."organisationId" = o.id AND vr."noAwardDecidedAt" IS NOT NULL
          ) THEN 0
          ELSE -1
        END AS rank
      FROM "Organisation" o
      LEFT JOIN current_award ca ON ca."organisationId" = o.id
      WHERE o.kind = 'PROVIDER'
    )`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function whereSql(filters: RegisterFilters, today: IsoDate): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.q) conditions.push(Prisma.sql`e.name ILIKE ${`%${escapeLike(filters.q)}%`}`);
  if (filters.level) {
    const rank = filters.level === "not-yet" ? 0 : filters.level === "none" ? -1 : Number(filters.level);
    conditions.push(Prisma.sql`e.rank = ${rank}`);
  }
  if (filters.area) conditions.push(Prisma.sql`lower(e.area) = lower(${filters.area})`);
  if (filters.service) conditions.push(Prisma.sql`${filters.service} = ANY(e."serviceKinds")`);
  if (filters.expiringSoon) conditions.push(Prisma.sql`e."expiresOn" <= ${addDays(today, EXPIRING_SOON_DAYS)}::date`);
  return Prisma.join(conditions, " AND ");
}

/** Each sort as one ascending key (then name, then id), so a cursor is a simple row comparison. */
const SORT_KEY: Record<RegisterSort, Prisma.Sql> = {
  name: Prisma.sql`lower(e.name)`,
  level: Prisma.sql`lpad((3 - e.rank)::text, 2, '0')`,
  expiry: Prisma.sql`coalesce(to_char(e."expiresOn", 'YYYY-MM-DD'), '9999-12-31')`,
};

function toEntry(row: Row): RegisterEntry {
  const award =
    row.level !== null && row.issuedAt && row.expiresOn && row.verificationCode
      ? { level: row.level, issuedOn: todayInLondon(row.issuedAt), expiresOn: dbDateToIso(row.expiresOn), verificationCode: row.verificationCode, underReview: row.underReview === true }
      : null;
  const standing: RegisterStanding = award ? (row.awardStatus === "SUSPENDED" ? "SUSPENDED" : "AWARDED") : row.rank === 0 ? "NOT_YET_LEVEL_1" : "NO_AWARD";
  return { id: row.id, slug: row.slug, name: row.name, area: row.area, serviceType: row.serviceType, serviceKinds: row.serviceKinds ?? [], standing, award };
}

export type RegisterPage = { entries: RegisterEntry[]; total: number; page: number; pageCount: number };

/** One page of the filtered register, with the total: a single SQL query. */
export async function listRegisterPage(filters: RegisterFilters, page: number, today: IsoDate = todayInLondon()): Promise<RegisterPage> {
  const rows = await db().$queryRaw<Row[]>`
    ${entriesSql(today)}
    SELECT e.*, ${SORT_KEY[filters.sort]} AS "sortKey", lower(e.name) AS "sortName", count(*) OVER () AS total
    FROM entries e
    WHERE ${whereSql(filters, today)}
    ORDER BY "sortKey", "sortName", id
    LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;
  const total = rows.length > 0 ? Number(rows[0]!.total) : page === 1 ? 0 : await countRegister(filters, today);
  return { entries: rows.map(toEntry), total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

async function countRegister(filters: RegisterFilters, today: IsoDate): Promise<number> {
  const [row] = await db().$queryRaw<{ total: bigint }[]>`${entriesSql(today)} SELECT count(*) AS total FROM entries e WHERE ${whereSql(filters, today)}`;
  return Number(row?.total ?? 0);
}

/** Where the next slice of the register starts: the sort key, name and id of the last row seen. */
export type RegisterCursor = { sort: RegisterSort; key: string; name: string; id: string };

export type RegisterSlice = { entries: RegisterEntry[]; next: RegisterCursor | null };

/** Up to `limit` entries after the cursor, for the API and the CSV export: one SQL query. */
export async function listRegisterAfter(filters: RegisterFilters, cursor: RegisterCursor | null, limit: number, today: IsoDate = todayInLondon()): Promise<RegisterSlice> {
  const after = cursor ? Prisma.sql`AND (${SORT_KEY[filters.sort]}, lower(e.name), e.id) > (${cursor.key}, ${cursor.name}, ${cursor.id})` : Prisma.empty;
  const rows = await db().$queryRaw<Row[]>`
    ${entriesSql(today)}
    SELECT e.*, ${SORT_KEY[filters.sort]} AS "sortKey", lower(e.name) AS "sortName"
    FROM entries e
    WHERE ${whereSql(filters, today)} ${after}
    ORDER BY "sortKey", "sortName", id
    LIMIT ${limit + 1}`;
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { entries: page.map(toEntry), next: more && last ? { sort: filters.sort, key: last.sortKey, name: last.sortName, id: last.id } : null };
}

/** The areas providers are in, for the area filter. */
export async function registerAreas(): Promise<string[]> {
  const rows = await db().organisation.findMany({ where: { kind: "PROVIDER" }, select: { area: true }, distinct: ["area"], orderBy: { area: "asc" } });
  return rows.map((r) => r.area);
}

export type LevelCounts = { level3: number; level2: number; level1: number; suspended: number; notYetLevel1: number; noAward: number; expiringSoon: number };

/** How many providers stand where today, for the scheme overview: one query. */
export async function registerLevelCounts(today: IsoDate = todayInLondon()): Promise<LevelCounts> {
  const [row] = await db().$queryRaw<Record<keyof LevelCounts, bigint>[]>`
    ${entriesSql(today)}
    SELECT
      count(*) FILTER (WHERE e.rank = 3 AND e."awardStatus" = 'ACTIVE') AS "level3",
      count(*) FILTER (WHERE e.rank = 2 AND e."awardStatus" = 'ACTIVE') AS "level2",
      count(*) FILTER (WHERE e.rank = 1 AND e."awardStatus" = 'ACTIVE') AS "level1",
      count(*) FILTER (WHERE e."awardStatus" = 'SUSPENDED') AS "suspended",
      count(*) FILTER (WHERE e.rank = 0) AS "notYetLevel1",
      count(*) FILTER (WHERE e.rank = -1) AS "noAward",
      count(*) FILTER (WHERE e."expiresOn" <= ${addDays(today, EXPIRING_SOON_DAYS)}::date) AS "expiringSoon"
    FROM entries e`;
  const n = (v: bigint | undefined) => Number(v ?? 0);
  return {
    level3: n(row?.level3),
    level2: n(row?.level2),
    level1: n(row?.level1),
    suspended: n(row?.suspended),
    notYetLevel1: n(row?.notYetLevel1),
    noAward: n(row?.noAward),
    expiringSoon: n(row?.expiringSoon),
  };
}
