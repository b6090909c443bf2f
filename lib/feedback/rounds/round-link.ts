import "server-only";
import QRCode from "qrcode";
import { getEnv } from "@/lib/env";

export type FeedbackLink = { url: string; /** The address without "https://", for posters and reading aloud. */ short: string };

/** The round's public form address, absolute (from NEXTAUTH_URL), as people will type it from the poster. */
export function feedbackLink(linkCode: string): FeedbackLink {
  const url = new URL(`/feedback/${encodeURIComponent(linkCode)}`, getEnv().NEXTAUTH_URL).toString();
  return { url, short: url.replace(/^https?:\/\//, "") };
}

/** The QR code for an address as an SVG document, drawn on the server so the poster needs no script. */
export async function qrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#0b0c0c", light: "#ffffff" } });
}
