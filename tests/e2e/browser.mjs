// Headless Chromium for the end-to-end tests: Debian's /usr/bin/chromium
// (or CHROME_PATH), never a browser a tool downloads, and fresh pages that
// record what a reader would not see: console errors, uncaught exceptions,
// requests, and when the wasm started.
import { chromium } from "playwright-core";

/** Starts headless Chromium, bounded in time. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    timeout: 30_000,
  });
}

/**
 * A fresh page in its own context (1280×900 unless `options` say otherwise).
 * Resolves to { context, page, errors, requested, started }: console errors
 * and uncaught exceptions, the paths requested, and a function that waits
 * for trunk's TrunkApplicationStarted event.
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
  const requested = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.addInitScript(() => {
    window.addEventListener("TrunkApplicationStarted", () => {
      window.__started = true;
    });
  });
  const started = () => page.waitForFunction(() => window.__started === true);
  return { context, page, errors, requested, started };
}
