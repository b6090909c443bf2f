// Calendar dates shared across the app. Dates people enter and deadlines are UK calendar days,
// held as "YYYY-MM-DD" strings and stored in @db.Date columns (midnight UTC). Pure.
export type IsoDate = string;

/** Today's date in the UK. */
export function todayInLondon(now: Date = new Date()): IsoDate {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** A @db.Date value as YYYY-MM-DD. */
export function dbDateToIso(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** YYYY-MM-DD as the Date a @db.Date column expects. */
export function isoDateToDb(date: IsoDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** "3 November 2026". */
export function formatIsoDate(date: IsoDate): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}
