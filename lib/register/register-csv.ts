import "server-only";
import { writeCsv, type CsvCell } from "@/lib/csv/write-csv";
import type { IsoDate } from "@/lib/dates";
import { listRegisterAfter, type RegisterCursor, type RegisterEntry } from "@/lib/register/list-register";
import type { RegisterFilters } from "@/lib/register/register-query";
import { standingText } from "@/lib/register/standing-text";

const HEADER = ["Organisation", "Award", "Level", "Awarded on", "Expires on", "Verification code", "Area", "Kinds of service"] as const;

function row(entry: RegisterEntry): CsvCell[] {
  return [
    entry.name,
    standingText(entry),
    entry.award?.level ?? null,
    entry.award?.issuedOn ?? null,
    entry.award?.expiresOn ?? null,
    entry.award?.verificationCode ?? null,
    entry.area,
    entry.serviceKinds.join("; "),
  ];
}

/** The whole filtered register, in the chosen order, read a thousand rows at a time so no single query grows with it. */
export async function registerCsv(filters: RegisterFilters, today: IsoDate): Promise<string> {
  const rows: CsvCell[][] = [];
  let cursor: RegisterCursor | null = null;
  do {
    const slice = await listRegisterAfter(filters, cursor, 1000, today);
    rows.push(...slice.entries.map(row));
    cursor = slice.next;
  } while (cursor);
  return writeCsv(HEADER, rows);
}
