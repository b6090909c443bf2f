// A small CSV writer for downloads people open in a spreadsheet. Pure, so the payments export and
// the commissioners' register share one tested set of escaping rules.

/** A cell: text, a number, or nothing (an empty cell). */
export type CsvCell = string | number | null | undefined;

// Spreadsheets run a cell that starts with one of these as a formula ("CSV injection"), so a
// name like "=HYPERLINK(…)" typed into the app could act when an admin opens the export.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, made safe to open in a spreadsheet and quoted when it needs to be (RFC 4180). */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "number" ? String(value) : value;
  // Numbers we write ourselves are never formulas; text that looks like one is shown as text.
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A whole file: a header row then the rows, lines ending CRLF, starting with a UTF-8 byte-order
 * mark so Excel reads names like "Zoë" correctly.
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
