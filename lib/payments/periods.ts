// Weeks and tax years for counting work. Dates are UK calendar days ("YYYY-MM-DD", see
// lib/dates.ts), so the arithmetic is done on those days at midnight UTC, never on local clocks.
import { formatIsoDate, type IsoDate } from "@/lib/dates";

const DAY_MS = 86_400_000;
const toDate = (iso: IsoDate) => new Date(`${iso}T00:00:00.000Z`);
const toIso = (date: Date): IsoDate => date.toISOString().slice(0, 10);

export function addDays(iso: IsoDate, days: number): IsoDate {
  return toIso(new Date(toDate(iso).getTime() + days * DAY_MS));
}

/** The Monday that starts the week (Monday to Sunday) holding `iso`. */
export function weekStart(iso: IsoDate): IsoDate {
  const weekday = toDate(iso).getUTCDay(); // 0 is Sunday
  return addDays(iso, -((weekday + 6) % 7));
}

export type Period = { start: IsoDate; end: IsoDate; label: string };

/** The week holding `iso`: "8 December 2026 to 14 December 2026". */
export function weekOf(iso: IsoDate): Period {
  const start = weekStart(iso);
  const end = addDays(start, 6);
  return { start, end, label: `${formatIsoDate(start)} to ${formatIsoDate(end)}` };
}

/** The UK tax year holding `iso`: 6 April to 5 April the next year. */
export function taxYearOf(iso: IsoDate): Period {
  const year = Number(iso.slice(0, 4));
  const startYear = iso.slice(5) >= "04-06" ? year : year - 1;
  return { start: `${startYear}-04-06`, end: `${startYear + 1}-04-05`, label: `${startYear} to ${startYear + 1}` };
}
