// Fails loudly, never skips, when there is no browser for the end-to-end tests.
import { findChromium } from "./chromium-path.mjs";

if (!findChromium()) {
  console.error(
    [
      "No Chromium found for the end-to-end tests.",
      "Install one of these, then run npm test again:",
      "  - Debian/Ubuntu: sudo apt-get install -y chromium",
      "  - or set CHROMIUM_PATH to a Chromium or Chrome executable",
      "  - or, with internet access: npx playwright install chromium",
    ].join("\n"),
  );
  process.exit(1);
}
