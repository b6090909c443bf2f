import { describe, expect, it } from "vitest";
import { layOut, wrapText, type Block, type PageBox } from "@/lib/pdf/text-flow";
import { toWinAnsi } from "@/lib/pdf/win-ansi";

// Every character is half the font size wide: easy to reason about.
const measure = (text: string, size: number) => text.length * size * 0.5;
const tenPerLine = (s: string) => s.length; // with maxWidth 10: ten characters per line

describe("wrapping text", () => {
  it("keeps words whole and never exceeds the width", () => {
    expect(wrapText("the quick brown fox jumps", 10, tenPerLine)).toEqual(["the quick", "brown fox", "jumps"]);
  });

  it("keeps a line that fits exactly, and an empty paragraph as an empty line", () => {
    expect(wrapText("abcde fghi", 10, tenPerLine)).toEqual(["abcde fghi"]);
    expect(wrapText("", 10, tenPerLine)).toEqual([""]);
  });

  it("starts a new line at each newline", () => {
    expect(wrapText("one\ntwo three", 10, tenPerLine)).toEqual(["one", "two three"]);
  });

  it("breaks a word longer than the line, such as a web address", () => {
    expect(wrapText("see https://example.org/a/long/path", 10, tenPerLine)).toEqual(["see", "https://ex", "ample.org/", "a/long/pat", "h"]);
  });

  it("collapses runs of spaces", () => {
    expect(wrapText("a    b", 10, tenPerLine)).toEqual(["a b"]);
  });
});

const page: PageBox = { width: 200, height: 200, margin: 20, footer: 20 };
// Usable height: 200 - 20 (top) - 40 (bottom) = 140. Body lines are 10.5 * 1.35 ≈ 14.2 high: 9 per page.
const paragraph = (text: string): Block => ({ kind: "paragraph", text });

describe("laying out pages", () => {
  it("puts short content on one page, top down, inside the margins", () => {
    const [first, ...rest] = layOut([{ kind: "heading", level: 1, text: "Title" }, paragraph("Hello")], measure, page);
    expect(rest).toEqual([]);
    expect(first!.lines.map((l) => l.text)).toEqual(["Title", "Hello"]);
    expect(first!.lines[0]!.y).toBeGreaterThan(first!.lines[1]!.y);
    for (const line of first!.lines) {
      expect(line.y).toBeLessThan(page.height - page.margin);
      expect(line.y).toBeGreaterThan(page.margin + page.footer - 10);
      expect(line.x).toBeGreaterThanOrEqual(page.margin);
    }
  });

  it("carries lines that do not fit on to a new page, losing none", () => {
    const blocks = Array.from({ length: 25 }, (_, i) => paragraph(`Line ${i + 1}`));
    const pages = layOut(blocks, measure, page);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flatMap((p) => p.lines.map((l) => l.text))).toEqual(blocks.map((b) => (b.kind === "paragraph" ? b.text : "")));
    for (const p of pages) for (const line of p.lines) expect(line.y).toBeGreaterThanOrEqual(page.margin + page.footer - 5);
  });

  it("moves a heading to the next page rather than leave it alone at the foot", () => {
    const filler = Array.from({ length: 7 }, (_, i) => paragraph(`Filler ${i}`));
    const pages = layOut([...filler, { kind: "heading", level: 2, text: "Next section" }, paragraph("Its first line")], measure, page);
    expect(pages).toHaveLength(2);
    expect(pages[0]!.lines.map((l) => l.text)).not.toContain("Next section");
    expect(pages[1]!.lines.map((l) => l.text)).toEqual(["Next section", "Its first line"]);
  });

  it("starts a new page at a page break, but never leaves an empty page", () => {
    const pages = layOut([{ kind: "pageBreak" }, paragraph("A"), { kind: "pageBreak" }, { kind: "pageBreak" }, paragraph("B")], measure, page);
    expect(pages.map((p) => p.lines.map((l) => l.text))).toEqual([["A"], ["B"]]);
  });

  it("centres a centred line and indents bullets with a bullet mark", () => {
    const [only] = layOut([{ kind: "paragraph", text: "ab", align: "center" }, { kind: "bullet", text: "item" }], measure, page);
    const centred = only!.lines.find((l) => l.text === "ab")!;
    expect(centred.x + measure("ab", centred.size) / 2).toBeCloseTo(page.width / 2);
    const item = only!.lines.find((l) => l.text === "item")!;
    expect(item.x).toBeGreaterThan(page.margin);
    expect(only!.lines.some((l) => l.text === "•" && l.y === item.y)).toBe(true);
  });

  it("always returns at least one page", () => {
    expect(layOut([], measure, page)).toEqual([{ lines: [] }]);
  });
});

describe("text the standard PDF fonts can show", () => {
  it("keeps English text, pound signs, accents, curly quotes and dashes", () => {
    expect(toWinAnsi("Café £16 – “Jade’s story” • ok")).toBe("Café £16 – “Jade’s story” • ok");
  });

  it("drops accents outside Latin-1 and replaces what cannot be shown", () => {
    expect(toWinAnsi("Łódź Dvořák")).toBe("?ódz Dvorák");
    expect(toWinAnsi("平和 ok 🙂")).toBe("?? ok ?");
  });

  it("turns tabs and line breaks into spaces", () => {
    expect(toWinAnsi("a\tb\r\nc")).toBe("a b  c");
  });
});
