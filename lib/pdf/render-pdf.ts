// Draws laid-out text into a PDF with pdf-lib and the standard Helvetica fonts (nothing to embed,
// no files read), with "Page n of m" at the foot of every page unless asked not to.
import { PDFDocument, StandardFonts, rgb, type PDFFont } from "pdf-lib";
import { layOut, type Block, type PageBox } from "@/lib/pdf/text-flow";
import { toWinAnsi } from "@/lib/pdf/win-ansi";

export const A4_PORTRAIT = { width: 595.28, height: 841.89 } as const;
export const A4_LANDSCAPE = { width: 841.89, height: 595.28 } as const;

export type PdfDocumentSpec = {
  title: string;
  subject?: string;
  size: { width: number; height: number };
  margin?: number;
  blocks: Block[];
  /** A double rule around each page, for the certificate. */
  frame?: boolean;
  /** Drawn left of the page number on every page. */
  footer?: string;
  /** "Page n of m" at the foot; on by default. */
  pageNumbers?: boolean;
};

const INK = rgb(0.043, 0.047, 0.047);
const MUTED = rgb(0.282, 0.286, 0.286);
const BRAND = rgb(0.114, 0.31, 0.569);

export async function renderPdf(spec: PdfDocumentSpec): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(toWinAnsi(spec.title), { showInWindowTitleBar: true });
  if (spec.subject) pdf.setSubject(toWinAnsi(spec.subject));
  pdf.setLanguage("en-GB");
  pdf.setCreator("Coproduction Quality Mark");
  pdf.setProducer("Coproduction Quality Mark");
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const font = (isBold: boolean): PDFFont => (isBold ? bold : regular);

  const box: PageBox = { ...spec.size, margin: spec.margin ?? 56, footer: 28 };
  const blocks = spec.blocks.map((b) => ("text" in b ? { ...b, text: toWinAnsi(b.text) } : b));
  const pages = layOut(blocks, (text, size, isBold) => font(isBold).widthOfTextAtSize(text, size), box);

  pages.forEach((laidOut, index) => {
    const page = pdf.addPage([box.width, box.height]);
    if (spec.frame) {
      page.drawRectangle({ x: 18, y: 18, width: box.width - 36, height: box.height - 36, borderColor: BRAND, borderWidth: 3 });
      page.drawRectangle({ x: 26, y: 26, width: box.width - 52, height: box.height - 52, borderColor: BRAND, borderWidth: 0.75 });
    }
    for (const line of laidOut.lines) {
      page.drawText(line.text, { x: line.x, y: line.y, size: line.size, font: font(line.bold), color: line.muted ? MUTED : INK });
    }
    const footerY = box.margin - 4;
    if (spec.pageNumbers !== false) {
      const number = `Page ${index + 1} of ${pages.length}`;
      page.drawText(number, { x: box.width - box.margin - regular.widthOfTextAtSize(number, 9), y: footerY, size: 9, font: regular, color: MUTED });
    }
    if (spec.footer) page.drawText(toWinAnsi(spec.footer), { x: box.margin, y: footerY, size: 9, font: regular, color: MUTED });
  });
  return pdf.save();
}
