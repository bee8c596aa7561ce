// Page-load benchmark: dist/ served by nginx with deploy/nginx.conf (brotli
// and gzip, cache headers, as deployed), loaded as a phone would, in
// headless Chromium. For each page it prints
//  - Lighthouse's performance score, FCP, LCP and TBT (mobile, simulated
//    throttling; median of a few runs);
//  - the real LCP under throttling (CPU 4x, 1.6 Mbps down, 750 Kbps up,
//    150 ms round trip, cache off, 412x823), with the app and with the
//    page's scripts removed (its prerendered HTML and CSS alone), and their
//    ratio: what loading the app costs the reader;
//  - when the wasm has started (TrunkApplicationStarted), from navigation.
// Run after `trunk build --release`:   node benches/pageload.mjs
// Figures, not a test: nothing here fails on a slow machine.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startNginx } from "../tests/e2e/nginx-server.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const LIGHTHOUSE = join(root, "node_modules", "lighthouse", "cli", "index.js");

const PAGES = ["/", "/1006/", "/zh-hans/compare/1008-vs-1014/", "/ar/1006/"];
const LIGHTHOUSE_RUNS = 3;
const RUNS = 5;
const TARGET = { score: 100, ratio: 1.1, wasmMs: 1000 };
const CHROME_FLAGS = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
  "--disable-background-networking", "--disable-component-update", "--no-first-run",
];
// Lighthouse's "slow 4G" figures, applied for real by Chromium's DevTools.
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;
const LIGHTHOUSE_TIMEOUT_MS = 180_000;
const LOAD_TIMEOUT_MS = 60_000;
// Time for the last LCP candidate to be reported after the page settles.
const SETTLE_MS = 750;

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const seconds = (ms) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : "–");
const millis = (ms) => (Number.isFinite(ms) ? `${Math.round(ms)} ms` : "–");
/** The median and, to show the noise, the range of the runs. */
const spread = (xs) => {
  const ok = xs.filter((x) => Number.isFinite(x));
  return ok.length ? `${seconds(median(ok))} (${(Math.min(...ok) / 1000).toFixed(2)}–${(Math.max(...ok) / 1000).toFixed(2)})` : "–";
};

/** One Lighthouse run through its CLI, in its own process group, killed after a bound. */
function lighthouse(url, work) {
  const output = join(work, "lighthouse.json");
  rmSync(output, { force: true });
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [LIGHTHOUSE, url, "--only-categories=performance", "--output=json", `--output-path=${output}`, "--quiet",
        `--chrome-flags=${CHROME_FLAGS.join(" ")}`],
      { env: { ...process.env, CHROME_PATH: CHROME }, stdio: ["ignore", "ignore", "pipe"], detached: true },
    );
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }, LIGHTHOUSE_TIMEOUT_MS);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (code !== 0 || !existsSync(output)) {
        resolve({ error: signal ? `killed after ${LIGHTHOUSE_TIMEOUT_MS / 1000} s` : stderr.trim().split("\n").pop() || `exit ${code}` });
        return;
      }
      const report = JSON.parse(readFileSync(output, "utf8"));
      const audit = (id) => report.audits[id]?.numericValue;
      resolve({
        score: report.categories.performance.score * 100,
        fcp: audit("first-contentful-paint"),
        lcp: audit("largest-contentful-paint"),
        tbt: audit("total-blocking-time"),
        error: report.runtimeError?.message,
      });
    });
  });
}

/** The page's HTML without its scripts and the links that preload the bundle. */
function withoutScripts(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "")
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/gi, "")
    .replace(/<link\b[^>]*\brel="preload"[^>]*\bhref="[^"]*\.(?:wasm|js)"[^>]*>/gi, "");
}

/**
 * One load on a throttled phone; { lcp, wasm, scripts } in ms from navigation
 * start. Both variants get their HTML through page.route, so they differ only
 * in what the HTML asks for (the document itself then arrives unthrottled).
 */
async function load(browser, url, stripped) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true,
  });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(LOAD_TIMEOUT_MS);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", NETWORK);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    await page.addInitScript(() => {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__lcp = entry.startTime;
      }).observe({ type: "largest-contentful-paint", buffered: true });
      window.addEventListener("TrunkApplicationStarted", () => {
        window.__wasmStarted = performance.now();
      });
    });
    let scripts = 0;
    page.on("request", (r) => /\.(?:js|wasm)$/.test(new URL(r.url()).pathname) && scripts++);
    await page.route("**/*", async (route) => {
      if (route.request().resourceType() !== "document") return route.continue();
      const response = await route.fetch({ timeout: LOAD_TIMEOUT_MS });
      const html = await response.text();
      await route.fulfill({ response, body: stripped ? withoutScripts(html) : html });
    });
    await page.goto(url, { waitUntil: "load", timeout: LOAD_TIMEOUT_MS });
    if (!stripped) await page.waitForFunction(() => window.__wasmStarted !== undefined, null, { timeout: LOAD_TIMEOUT_MS });
    await page.waitForTimeout(SETTLE_MS);
    const { lcp, wasm } = await page.evaluate(() => ({ lcp: window.__lcp, wasm: window.__wasmStarted }));
    return { lcp, wasm, scripts };
  } finally {
    await context.close();
  }
}

if (!existsSync(join(dist, "index.html"))) throw new Error("dist/ is missing: run `trunk build --release` first");
if (!existsSync(LIGHTHOUSE)) throw new Error("lighthouse is missing from node_modules: run scripts/setup (or npm ci)");

const loadBefore = loadavg()[0].toFixed(1);
const work = mkdtempSync(join(tmpdir(), "closecodes-pageload-"));
const server = await startNginx(dist);
let browser;
try {
  const version = JSON.parse(readFileSync(join(root, "node_modules", "lighthouse", "package.json"), "utf8")).version;
  console.log(`dist/ served by nginx (deploy/nginx.conf) at ${server.url}\n`);
  console.log(`Lighthouse ${version}: performance, mobile, simulated throttling; median of ${LIGHTHOUSE_RUNS} runs (target: score ${TARGET.score})`);
  console.log(`${"page".padEnd(32)} ${"score".padStart(5)} ${"FCP".padStart(8)} ${"LCP".padStart(8)} ${"TBT".padStart(7)}`);
  for (const path of PAGES) {
    const runs = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await lighthouse(server.url + path, work));
    const ok = runs.filter((r) => Number.isFinite(r.score) && !r.error);
    if (!ok.length) {
      console.log(`${path.padEnd(32)} failed: ${runs.map((r) => r.error).find(Boolean)}`);
      continue;
    }
    const m = (key) => median(ok.map((r) => r[key]));
    const score = m("score");
    console.log(
      `${path.padEnd(32)} ${String(Math.round(score)).padStart(5)} ${seconds(m("fcp")).padStart(8)} ${seconds(m("lcp")).padStart(8)}` +
        ` ${millis(m("tbt")).padStart(7)}${score >= TARGET.score ? "" : "   below target"}${ok.length < runs.length ? `   (${runs.length - ok.length} run(s) failed)` : ""}`,
    );
  }

  browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS.filter((f) => !f.startsWith("--headless")), timeout: 30_000 });
  console.log(
    `\nChromium ${browser.version()}, throttled for real: CPU ${CPU_SLOWDOWN}x, 1.6 Mbps down, 750 Kbps up, ${NETWORK.latency} ms RTT, cache off, 412x823; median of ${RUNS} runs`,
  );
  console.log(`targets: LCP with the app / LCP of the HTML alone <= ${TARGET.ratio}, wasm started <= ${seconds(TARGET.wasmMs)}`);
  console.log(
    `${"page".padEnd(32)} ${"LCP HTML only (range)".padStart(22)} ${"LCP with app (range)".padStart(22)} ${"ratio".padStart(6)} ${"wasm started (range)".padStart(22)}`,
  );
  for (const path of PAGES) {
    const html = [];
    const app = [];
    for (let i = 0; i < RUNS; i++) {
      html.push(await load(browser, server.url + path, true));
      app.push(await load(browser, server.url + path, false));
    }
    const lcpHtml = median(html.map((r) => r.lcp));
    const lcpApp = median(app.map((r) => r.lcp));
    const wasm = median(app.map((r) => r.wasm));
    const ratio = lcpApp / lcpHtml;
    const notes = [];
    if (ratio > TARGET.ratio) notes.push("ratio over target");
    if (wasm > TARGET.wasmMs) notes.push("wasm late");
    if (html.some((r) => r.scripts)) notes.push("the stripped page still loaded scripts");
    console.log(
      `${path.padEnd(32)} ${spread(html.map((r) => r.lcp)).padStart(22)} ${spread(app.map((r) => r.lcp)).padStart(22)}` +
        ` ${ratio.toFixed(2).padStart(6)} ${spread(app.map((r) => r.wasm)).padStart(22)}` +
        (notes.length ? `   ${notes.join("; ")}` : ""),
    );
  }
  console.log("\n(The HTML reaches both variants through page.route, so its own download is not throttled; everything it loads is.)");
  console.log(`(Load average before the run, from other work on the machine: ${loadBefore} on ${availableParallelism()} cores.)`);
} finally {
  await browser?.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
