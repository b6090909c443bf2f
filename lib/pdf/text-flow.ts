// A small text-flow layout for generated PDFs: headings, paragraphs and bullets wrapped to the
// page width, with page breaks that never leave a heading alone at the foot of a page. Pure (the
// font's measurements are passed in), so wrapping and page breaks are unit-tested without a PDF.

export type Block =
  | { kind: "heading"; text: string; level: 1 | 2 | 3; align?: "left" | "center" }
  | { kind: "paragraph"; text: string; size?: number; bold?: boolean; align?: "left" | "center"; muted?: boolean }
  | { kind: "bullet"; text: string }
  | { kind: "space"; height: number }
  | { kind: "pageBreak" };

export type Measure = (text: string, size: number, bold: boolean) => number;

export type PageBox = { width: number; height: number; margin: number; /** Kept free at the foot for the page number. */ footer: number };

export type PlacedLine = { text: string; x: number; y: number; size: number; bold: boolean; muted: boolean };

export type LaidOutPage = { lines: PlacedLine[] };

const HEADING_SIZES = { 1: 20, 2: 15, 3: 12.5 } as const;
export const BODY_SIZE = 10.5;
const LINE_GAP = 1.35;
const BULLET_INDENT = 14;

/** Splits text into lines no wider than `maxWidth`; a word too long for a line is broken. */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/ +/).filter((w) => w.length > 0)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (measure(line) > maxWidth && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && measure(line.slice(0, cut)) > maxWidth) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Places every block's lines on as many pages as they need. Always returns at least one page. */
export function layOut(blocks: readonly Block[], measure: Measure, page: PageBox): LaidOutPage[] {
  const pages: LaidOutPage[] = [{ lines: [] }];
  const top = page.height - page.margin;
  const bottom = page.margin + page.footer;
  const width = page.width - 2 * page.margin;
  let y = top;
  const current = () => pages[pages.length - 1]!;
  const newPage = () => {
    pages.push({ lines: [] });
    y = top;
  };
  const fits = (height: number) => y - height >= bottom;

  blocks.forEach((block, index) => {
    if (block.kind === "pageBreak") {
      if (current().lines.length > 0) newPage();
      return;
    }
    if (block.kind === "space") {
      y -= block.height;
      return;
    }
    const size = block.kind === "heading" ? HEADING_SIZES[block.level] : block.kind === "paragraph" ? (block.size ?? BODY_SIZE) : BODY_SIZE;
    const bold = block.kind === "heading" || (block.kind === "paragraph" && block.bold === true);
    const muted = block.kind === "paragraph" && block.muted === true;
    const indent = block.kind === "bullet" ? BULLET_INDENT : 0;
    const lineHeight = size * LINE_GAP;
    const lines = wrapText(block.text, width - indent, (s) => measure(s, size, bold));
    const before = block.kind === "heading" ? size * 0.8 : 0;
    const after = block.kind === "heading" ? size * 0.35 : size * 0.5;

    // A heading keeps its own lines and two lines of what follows on the same page.
    const next = blocks[index + 1];
    const keep = block.kind === "heading" && next !== undefined && next.kind !== "pageBreak" ? 2 * BODY_SIZE * LINE_GAP : 0;
    const needed = block.kind === "heading" ? before + lines.length * lineHeight + keep : before + lineHeight;
    if (current().lines.length > 0 && !fits(needed)) newPage();
    if (current().lines.length > 0) y -= before;

    const align = block.kind === "bullet" ? "left" : (block.align ?? "left");
    lines.forEach((text, i) => {
      if (!fits(lineHeight)) newPage();
      y -= lineHeight;
      const baseline = y + lineHeight * 0.28;
      const x = align === "center" ? page.margin + (width - measure(text, size, bold)) / 2 : page.margin + indent;
      current().lines.push({ text, x, y: baseline, size, bold, muted });
      if (block.kind === "bullet" && i === 0) current().lines.push({ text: "•", x: page.margin + 3, y: baseline, size, bold: false, muted: false });
    });
    y -= after;
  });
  return pages;
}
