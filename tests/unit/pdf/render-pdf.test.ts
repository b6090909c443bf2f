import { describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import { A4_LANDSCAPE, A4_PORTRAIT, renderPdf } from "@/lib/pdf/render-pdf";

describe("rendering a PDF", () => {
  it("makes a real A4 PDF with its title, paging long text", async () => {
    const blocks = Array.from({ length: 120 }, (_, i) => ({ kind: "paragraph" as const, text: `Paragraph ${i + 1}: Members told us they were treated as people, not a diagnosis.` }));
    const bytes = await renderPdf({ title: "Assessment report: Riverside Peer Support", size: A4_PORTRAIT, blocks: [{ kind: "heading", level: 1, text: "Report" }, ...blocks], footer: "Riverside" });
    expect(Buffer.from(bytes.slice(0, 5)).toString("latin1")).toBe("%PDF-");
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBeGreaterThan(1);
    expect(pdf.getTitle()).toBe("Assessment report: Riverside Peer Support");
    const { width, height } = pdf.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
  });

  it("lays a certificate on one landscape page and survives characters Helvetica lacks", async () => {
    const bytes = await renderPdf({ title: "Certificate", size: A4_LANDSCAPE, frame: true, blocks: [{ kind: "heading", level: 1, text: "Łódź Peer Support 平和", align: "center" }] });
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(Math.round(pdf.getPage(0).getSize().width)).toBe(842);
  });
});
