// Small but real files for the demo evidence: plain text, CSV, and a one-page PDF written by
// hand (Helvetica, no compression), so downloads open in any viewer. Pure.

/** A one-page A4 PDF with a heading and lines of text. */
export function minimalPdf(title: string, lines: readonly string[]): Uint8Array<ArrayBuffer> {
  // WinAnsi holds Latin-1 (so "£" and "é" survive as octal escapes); curly quotes and dashes
  // become plain ones, and anything else is left out.
  const escape = (s: string) =>
    [...s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, "-")]
      .map((c) => {
        const code = c.charCodeAt(0);
        if (c === "\\" || c === "(" || c === ")") return `\\${c}`;
        if (code >= 0x20 && code <= 0x7e) return c;
        return code >= 0xa0 && code <= 0xff ? `\\${code.toString(8)}` : "";
      })
      .join("");
  const text = [
    "BT",
    "/F1 16 Tf 56 780 Td 22 TL",
    `(${escape(title)}) Tj`,
    "/F1 11 Tf 16 TL T*",
    ...lines.map((line) => `(${escape(line)}) Tj T*`),
    "ET",
  ].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${Buffer.byteLength(text, "latin1")} >>\nstream\n${text}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, "latin1"));
}

/** UTF-8 text with a final newline, as a plain text or CSV file. */
export function textFile(lines: readonly string[]): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from(`${lines.join("\n")}\n`, "utf8"));
}

export type DemoFile = { filename: string; mimeType: string; bytes: Uint8Array<ArrayBuffer> };

/** The bytes and type of a demo file, from its name's extension (the seed's own files only). */
export function demoFile(filename: string, title: string, lines: readonly string[]): DemoFile {
  if (filename.endsWith(".pdf")) return { filename, mimeType: "application/pdf", bytes: minimalPdf(title, lines) };
  if (filename.endsWith(".csv")) return { filename, mimeType: "text/csv; charset=utf-8", bytes: textFile(lines) };
  return { filename, mimeType: "text/plain; charset=utf-8", bytes: textFile([title, "", ...lines]) };
}
