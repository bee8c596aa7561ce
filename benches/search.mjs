// Search benchmark: builds the search engine alone to wasm, loads it in
// headless Chromium with the real index of each locale (and with a corpus
// twenty times larger), and prints the time per query, median and p95.
// Run after `trunk build --release`:   node benches/search.mjs
// Figures, not a test: nothing here fails on a slow machine.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../tests/e2e/static-server.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const work = mkdtempSync(join(tmpdir(), "closecodes-bench-"));

const QUERIES = [
  "1006", "100", "4004", "abnormal", "policy violation", "going away", "msg too big", "tls handshake",
  "CLOSE_GOING_AWAY", "StatusPolicyViolation", "WebSocketCloseStatus.PolicyViolation", "CloseCode::Away",
  "sent 1011 (internal error) keepalive ping timeout",
  "websocket: close 1006 (abnormal closure): unexpected EOF", "proxy_read_timeout", "abnromal",
  "1008 vs 1014", "1005 1006", "discord gateway authentication failed", "异常关闭", "策略", "重连",
  "1008和1014的区别", "over connection quota", "１００６", "ÜBERLAST", "закрытие", "الفرق بين 1008 و1014",
  "असामान्य", "การเชื่อมต่อ", "정상 종료", "異常終了",
];
const LOCALES = ["en", "zh-hans", "ja", "ar"];
const ROUNDS = 10;
// Browsers round performance.now() to 0.1 ms, so each sample times a batch.
const BATCH = 20;

try {
  console.log("building the search engine to wasm…");
  execFileSync("cargo", ["build", "--quiet", "--release", "--example", "search_bench",
    "--target", "wasm32-unknown-unknown", "--no-default-features"], { cwd: root, stdio: "inherit" });
  execFileSync("wasm-bindgen", ["--target", "web", "--out-dir", join(work, "pkg"),
    join(root, "target/wasm32-unknown-unknown/release/examples/search_bench.wasm")], { stdio: "inherit" });
  // Each locale's shards, joined with NUL characters, as one file.
  for (const locale of LOCALES) {
    const dir = join(root, "dist", locale === "en" ? "" : locale, "search");
    const shards = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
    writeFileSync(join(work, locale + ".txt"), shards.map((f) => readFileSync(join(dir, f), "utf8")).join("\0"));
  }
  mkdirSync(join(work, "b"), { recursive: true });
  writeFileSync(join(work, "404.html"), "not found");
  writeFileSync(join(work, "b", "index.html"), `<!DOCTYPE html><script type="module">
    import init, { load, search } from "/pkg/search_bench.js";
    await init();
    const queries = ${JSON.stringify(QUERIES)};
    const results = [];
    for (const locale of ${JSON.stringify(LOCALES)}) {
      const text = await (await fetch("/" + locale + ".txt")).text();
      for (const copies of [1, 20]) {
        const t0 = performance.now();
        const docs = load(text, copies);
        const loadMs = performance.now() - t0;
        for (const q of queries) search(q); // warm up
        const times = [];
        for (let r = 0; r < ${ROUNDS}; r++) for (const q of queries) {
          const t = performance.now();
          for (let b = 0; b < ${BATCH}; b++) search(q);
          times.push((performance.now() - t) / ${BATCH});
        }
        times.sort((a, b) => a - b);
        const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
        results.push({ locale, copies, docs, loadMs, median: at(0.5), p95: at(0.95), max: times[times.length - 1] });
      }
    }
    window.__results = results;
  </script>`);

  const { url, close } = await serve(work);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    await page.goto(url + "/b/");
    await page.waitForFunction(() => window.__results, null, { timeout: 300_000 }).catch((e) => {
      throw new Error(`the benchmark page did not finish: ${problems.join(" | ") || e.message}`);
    });
    const results = await page.evaluate(() => window.__results);
    console.log(`\nsearch time per query in wasm, headless Chromium (${QUERIES.length} queries x ${ROUNDS} rounds, each the mean of ${BATCH} runs)`);
    console.log("locale   corpus  docs   build index   median     p95       max");
    for (const r of results) {
      const corpus = r.copies === 1 ? "real" : `${r.copies}x`;
      console.log(
        `${r.locale.padEnd(8)} ${corpus.padEnd(6)} ${String(r.docs).padStart(5)}  ${r.loadMs.toFixed(1).padStart(8)} ms` +
          `  ${r.median.toFixed(3).padStart(7)} ms ${r.p95.toFixed(3).padStart(7)} ms ${r.max.toFixed(3).padStart(7)} ms`,
      );
    }
  } finally {
    await browser.close();
    await close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
