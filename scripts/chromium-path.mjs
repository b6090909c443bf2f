// Finds a Chromium for the end-to-end tests: CHROMIUM_PATH, Debian's /usr/bin/chromium, or a
// browser Playwright installed itself. Returns null when there is none.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return { path: candidate, bundled: false };
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return { path: bundled, bundled: true };
  } catch {
    // Playwright throws when its own browsers were never installed.
  }
  return null;
}
