import { describe, expect, it } from "vitest";
import { csvCell, writeCsv } from "@/lib/csv/write-csv";

describe("csvCell", () => {
  it("leaves plain text and numbers alone and writes nothing for an empty cell", () => {
    expect(csvCell("Elm House")).toBe("Elm House");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(-3.5)).toBe("-3.5");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell("")).toBe("");
  });

  it("quotes commas, quotes and line breaks, doubling the quotes inside", () => {
    expect(csvCell("Bell, Marcus")).toBe('"Bell, Marcus"');
    expect(csvCell('The "Hub"')).toBe('"The ""Hub"""');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
  });

  it("turns text a spreadsheet would run as a formula into plain text", () => {
    expect(csvCell("=HYPERLINK(\"http://evil.example\",\"click\")")).toBe('"\'=HYPERLINK(""http://evil.example"",""click"")"');
    expect(csvCell("+44 113 000")).toBe("'+44 113 000");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell("\rcmd")).toBe("\"'\rcmd\"");
    // Only the first character matters.
    expect(csvCell("Leeds = best")).toBe("Leeds = best");
  });
});

describe("writeCsv", () => {
  it("starts with a byte-order mark, ends every line with CRLF and keeps non-ASCII text", () => {
    const csv = writeCsv(["Name", "Fee"], [["Zoë Ní Bhriain", "45.00"], ["=1+1", null]]);
    expect(csv).toBe("\uFEFFName,Fee\r\nZoë Ní Bhriain,45.00\r\n'=1+1,\r\n");
  });

  it("writes just the header when there are no rows", () => {
    expect(writeCsv(["A", "B"], [])).toBe("\uFEFFA,B\r\n");
  });
});
