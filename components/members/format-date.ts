const formatter = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });

/** Dates as GOV.UK writes them: 5 May 2026, in UK time whatever the server's zone. */
export function formatDate(date: Date): string {
  return formatter.format(date);
}
