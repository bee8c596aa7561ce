// deploy/nginx.conf under Debian's nginx, serving dist/ on 127.0.0.1: the
// status, body and headers a reader or a crawler gets, and the pages in
// headless Chromium. Needs nginx and libnginx-mod-http-brotli-static
// (scripts/setup installs both); without them every test here fails.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { request } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { launchChromium, openPage } from "./browser.mjs";
import { requireNginx, startNginx } from "./nginx-server.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dist = join(root, "dist");

let server;
let browser;

before(async () => {
  requireNginx();
  assert.ok(existsSync(join(dist, "404.html")), "dist/ is missing: run `trunk build --release` first");
  server = await startNginx(dist);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** One request with exactly these headers (fetch would add Accept-Encoding); the body as sent. */
function get(path, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request(server.url + path, { headers, timeout: 10_000 }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error(`GET ${path}: no answer within 10 s`)));
    req.on("error", reject);
    req.end();
  });
}

const file = (path) => {
  assert.ok(existsSync(join(dist, path)), `dist${path.startsWith("/") ? "" : "/"}${path} is missing`);
  return readFileSync(join(dist, path));
};
const first = (dir, name) => {
  const found = readdirSync(join(dist, dir)).find((f) => name.test(f));
  assert.ok(found, `no ${name} in dist/${dir}`);
  return join("/", dir, found);
};
const hashed = () => ({
  js: first("", /^closecodes-[0-9a-f]+\.js$/),
  wasm: first("", /^closecodes-[0-9a-f]+_bg\.wasm$/),
  css: first("", /^main-[0-9a-f]+\.css$/),
  svg: first("", /^favicon-[0-9a-f]+\.svg$/),
  shard: first("search", /^[0-9a-f]+\.txt$/),
  zhShard: first("zh-hans/search", /^[0-9a-f]+\.txt$/),
});
const IMMUTABLE = "public, max-age=31536000, immutable";

test("nginx loads deploy/nginx.conf without a warning", () => {
  const problems = server.errorLog().split("\n").filter((l) => /\[(warn|alert|crit|emerg)\]/.test(l));
  assert.deepEqual(problems, []);
});

test("every number from 0 to 65535 is a page, in every locale", async () => {
  for (const [path, shell] of [
    ["/2500/", "number.html"],
    ["/0/", "number.html"],
    ["/65535/", "number.html"],
    ["/zh-hans/2500/", "zh-hans/number.html"],
    ["/ar/4123/", "ar/number.html"],
  ]) {
    assert.ok(existsSync(join(dist, shell)), `dist/${shell} is missing: the build should write one number page per locale`);
    const res = await get(path);
    assert.equal(res.status, 200, path);
    assert.ok(res.body.equals(file(shell)), `${path} is not dist/${shell}`);
  }
  const own = await get("/1006/");
  assert.equal(own.status, 200);
  assert.ok(own.body.equals(file("1006/index.html")), "/1006/ is not its own page");
  assert.match(own.body.toString(), /Abnormal Closure/);
});

test("anything else is a 404 with the not-found page of the path's language", async () => {
  const notFound = file("404.html");
  for (const path of ["/65536/", "/70000/", "/nope/", "/1006/x/", "/discord-gateway/9999/", "/compare/1008-vs-1008/"]) {
    const res = await get(path);
    assert.equal(res.status, 404, path);
    assert.ok(res.body.equals(notFound), `${path}: the body is not dist/404.html`);
  }
  const ja = await get("/ja/nope/");
  assert.equal(ja.status, 404);
  assert.match(ja.body.toString(), /<html[^>]* lang="ja"/);
  assert.ok(ja.body.equals(file("ja/404.html")));
});

test("precompressed brotli and gzip by Accept-Encoding, and nothing for a client that asks none", async () => {
  const { js, wasm, css, shard } = hashed();
  for (const path of [wasm, js, css, shard, "/api/v1/codes.json"]) {
    const plain = file(path);
    for (const [encoding, decode] of [["br", brotliDecompressSync], ["gzip", gunzipSync]]) {
      assert.ok(existsSync(join(dist, `${path}.${encoding === "br" ? "br" : "gz"}`)), `dist${path}.${encoding === "br" ? "br" : "gz"} is missing`);
      const res = await get(path, { "accept-encoding": encoding });
      assert.equal(res.status, 200, path);
      assert.equal(res.headers["content-encoding"], encoding, `${path} with Accept-Encoding: ${encoding}`);
      assert.match(res.headers.vary ?? "", /Accept-Encoding/i, path);
      assert.ok(decode(res.body).equals(plain), `${path}: the ${encoding} body is not the file`);
    }
    // What Chromium sends: brotli wins.
    const both = await get(path, { "accept-encoding": "gzip, deflate, br, zstd" });
    assert.equal(both.headers["content-encoding"], "br", path);
    const none = await get(path);
    assert.equal(none.headers["content-encoding"], undefined, `${path} without Accept-Encoding`);
    assert.ok(none.body.equals(plain), path);
  }
  // HTML has no precompressed copy: gzipped on the fly.
  const page = await get("/1006/", { "accept-encoding": "gzip" });
  assert.equal(page.headers["content-encoding"], "gzip");
  assert.ok(gunzipSync(page.body).equals(file("1006/index.html")));
});

test("content types, including wasm, JSON, the search shards and OpenSearch", async () => {
  const { wasm, js, css, shard } = hashed();
  const cases = [
    [wasm, /^application\/wasm$/],
    [js, /^(application|text)\/javascript/],
    [css, /^text\/css/],
    [shard, /^text\/plain; charset=utf-8$/],
    ["/1006/", /^text\/html; charset=utf-8$/],
    ["/api/v1/codes.json", /^application\/json/],
  ];
  if (existsSync(join(dist, "opensearch.xml"))) cases.push(["/opensearch.xml", /^application\/opensearchdescription\+xml/]);
  for (const [path, type] of cases) {
    const res = await get(path);
    assert.equal(res.status, 200, path);
    assert.match(res.headers["content-type"], type, path);
  }
});

test("hashed files are cached for good; pages and data are revalidated", async () => {
  const { js, wasm, css, svg, shard, zhShard } = hashed();
  for (const path of [js, wasm, css, svg, shard, zhShard]) {
    const res = await get(path, { "accept-encoding": "br" });
    assert.equal(res.status, 200, path);
    assert.equal(res.headers["cache-control"], IMMUTABLE, path);
  }
  for (const path of ["/", "/1006/", "/ja/compare/1008-vs-1014/", "/2500/", "/search/", "/api/v1/codes.json", "/favicon.ico"]) {
    const res = await get(path);
    assert.equal(res.status, 200, path);
    assert.equal(res.headers["cache-control"], "no-cache", path);
    assert.ok(res.headers.etag || res.headers["last-modified"], `${path} cannot be revalidated`);
  }
  const missing = await get("/nope/");
  assert.equal(missing.headers["cache-control"], "no-cache");
});

test("search engines index the pages, not the data, the shards or the shells", async () => {
  const { shard, zhShard } = hashed();
  for (const path of ["/", "/1006/", "/zh-hans/1006/", "/compare/1008-vs-1014/", "/discord-gateway/4004/"]) {
    assert.equal((await get(path)).headers["x-robots-tag"], undefined, path);
  }
  for (const path of [shard, zhShard, "/api/v1/codes.json", "/2500/", "/ja/2500/", "/nope/", "/404.html", "/number.html",
    "/cards/1006.png", "/sitemap.xml", "/sitemaps/en.xml", "/ja/opensearch.xml"]) {
    assert.equal((await get(path)).headers["x-robots-tag"], "noindex", path);
  }
});

test("non-canonical addresses redirect, relative, to the canonical one", async () => {
  const cases = [
    ["/compare/1014-vs-1008/", "/compare/1008-vs-1014/"],
    ["/zh-hans/compare/1014-vs-1008/", "/zh-hans/compare/1008-vs-1014/"],
    ["/ar/compare/3008-vs-1000/", "/ar/compare/1000-vs-3008/"],
    ["/compare/1014-vs-1008/?from=log", "/compare/1008-vs-1014/?from=log"],
    ["/compare/10-vs-9/", "/compare/9-vs-10/"],
    ["/01006/", "/1006/"],
    ["/ja/007/", "/ja/7/"],
    ["/00/", "/0/"],
    ["/1006", "/1006/"],
    ["/2500", "/2500/"],
    ["/%EF%BC%91%EF%BC%90%EF%BC%90%EF%BC%96/", "/1006/"],
    ["/ko/%EF%BC%94%EF%BC%90%EF%BC%90%EF%BC%94/", "/ko/4004/"],
    ["/%EF%BC%92%EF%BC%95%EF%BC%90%EF%BC%90", "/2500/"],
  ];
  for (const [from, to] of cases) {
    const res = await get(from);
    assert.equal(res.status, 301, from);
    assert.equal(res.headers.location, to, from);
  }
  assert.equal((await get("/compare/1008-vs-1014/")).status, 200);
});

test("every comparison the site has is served one way round and redirected the other", async () => {
  for (const prefix of ["", "/ja"]) {
    const pairs = readdirSync(join(dist, prefix, "compare")).filter((d) => /^\d+-vs-\d+$/.test(d));
    assert.ok(pairs.length >= 171, `${prefix}/compare/ has ${pairs.length} pairs`);
    for (const pair of pairs) {
      const [a, b] = pair.split("-vs-").map(Number);
      const res = await get(`${prefix}/compare/${pair}/`);
      if (a < b) assert.equal(res.status, 200, pair);
      else {
        assert.equal(res.status, 301, pair);
        assert.equal(res.headers.location, `${prefix}/compare/${b}-vs-${a}/`);
        assert.ok(pairs.includes(`${b}-vs-${a}`), `${pair} redirects to a comparison that does not exist`);
      }
    }
  }
});

test("the reversed-comparison rule orders any two numbers, as numbers", async () => {
  // A fixed sequence: equal lengths with long common prefixes are the hard case.
  let seed = 20240611;
  const random = (n) => (seed = (seed * 48271) % 2147483647) % n;
  const digits = (n) => Array.from({ length: n }, () => random(10)).join("");
  const number = (n) => String(1 + random(9)) + digits(n - 1);
  // As long as a, equal to it up to a random point.
  const sameLength = (a) => {
    const k = random(a.length);
    const tail = digits(a.length - k);
    return a.slice(0, k) + (k === 0 && tail[0] === "0" ? "1" + tail.slice(1) : tail);
  };
  const pairs = [["0", "0"], ["1", "0"], ["0", "1"], ["9", "10"], ["10", "9"], ["65535", "65536"], ["99999", "100000"]];
  for (let i = 0; i < 400; i++) {
    const a = number(1 + random(7));
    pairs.push([a, random(2) ? sameLength(a) : number(1 + random(7))]);
  }
  for (const [a, b] of pairs) {
    const res = await get(`/compare/${a}-vs-${b}/`);
    if (BigInt(a) > BigInt(b)) {
      assert.equal(res.status, 301, `${a}-vs-${b}`);
      assert.equal(res.headers.location, `/compare/${b}-vs-${a}/`);
    } else {
      assert.notEqual(res.status, 301, `${a}-vs-${b} redirects`);
    }
  }
});

/** A fresh page: see openPage in browser.mjs. */
const open = (options = {}) => openPage(browser, options);

test("in Chromium, a number without a page of its own shows its number page", async () => {
  const { context, page, errors, started } = await open();
  const response = await page.goto(server.url + "/2500/");
  assert.equal(response.status(), 200);
  await started();
  await page.waitForFunction(() => document.querySelector("h1")?.innerText.includes("2500"));
  assert.match(await page.locator("main").innerText(), /2500 is in the range 1000–2999/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("without JavaScript, a number's address reads true: ranges, no 'not found', no wrong path", async () => {
  const { context, page } = await open({ javaScriptEnabled: false });
  const response = await page.goto(server.url + "/2500/");
  assert.equal(response.status(), 200);
  const main = await page.locator("main").innerText();
  assert.doesNotMatch(main, /not found|no page at this address/i);
  assert.ok(!/404\.html|number\.html/.test(main), "it names a file instead of the address");
  assert.match(main, /1000–2999/);
  assert.match(main, /4000–4999/);
  assert.doesNotMatch(await page.title(), /not found/i);
  await context.close();
});
