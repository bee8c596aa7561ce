// deploy/_worker.js, deploy/_headers and deploy/_routes.json as Cloudflare
// Pages would run them over dist/, in node: env.ASSETS is a stand-in for
// Pages' asset server backed by dist/ (tests/e2e/pages-fake.mjs). Each test
// asserts on the status, body and headers a reader or a crawler would get.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { pagesSite } from "./pages-fake.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dist = join(root, "dist");
const deploy = (name) => readFileSync(join(root, "deploy", name), "utf8");

// Pages loads _worker.js as a module; node would first try it as CommonJS
// (the repository's package.json has no "type"), so it is imported as one.
const workerModule = await import(`data:text/javascript;base64,${Buffer.from(deploy("_worker.js")).toString("base64")}`);
const worker = workerModule.default;
const routes = JSON.parse(deploy("_routes.json"));
const site = pagesSite(dist, { worker, headers: deploy("_headers"), routes });

async function get(path, headers = {}) {
  const res = await site(`https://closecodes.dev${path}`, { headers });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}
const file = (path) => {
  assert.ok(existsSync(join(dist, path)), `dist/${path} is missing`);
  return readFileSync(join(dist, path));
};
const first = (dir, name) => {
  const found = readdirSync(join(dist, dir)).find((f) => name.test(f));
  assert.ok(found, `no ${name} in dist/${dir}`);
  return join("/", dir, found);
};
const SHARD = /^[0-9a-f]+\.txt$/;

test("Pages: every number from 0 to 65535 is a page, in every locale", async () => {
  assert.ok(existsSync(join(dist, "404.html")), "dist/ is missing: run `trunk build --release` first");
  for (const [path, shell] of [
    ["/2500/", "number.html"],
    ["/0/", "number.html"],
    ["/65535/", "number.html"],
    ["/zh-hans/2500/", "zh-hans/number.html"],
    ["/ar/4123/", "ar/number.html"],
  ]) {
    const res = await get(path);
    assert.equal(res.status, 200, path);
    assert.ok(res.body.equals(file(shell)), `${path} is not dist/${shell}`);
  }
  for (const [path, page] of [["/1006/", "1006/index.html"], ["/ja/1006/", "ja/1006/index.html"], ["/4004/", "4004/index.html"]]) {
    const res = await get(path);
    assert.equal(res.status, 200, path);
    assert.ok(res.body.equals(file(page)), `${path} is not its own page`);
  }
});

test("Pages: anything else is a 404 with the nearest not-found page", async () => {
  for (const path of ["/65536/", "/70000/", "/nope/", "/1006/x/", "/discord-gateway/9999/", "/xx/2500/"]) {
    const res = await get(path);
    assert.equal(res.status, 404, path);
    assert.ok(res.body.equals(file("404.html")), `${path}: the body is not dist/404.html`);
  }
  const ja = await get("/ja/nope/");
  assert.equal(ja.status, 404);
  assert.ok(ja.body.equals(file("ja/404.html")));
});

test("Pages: non-canonical addresses redirect to the canonical one, for any numbers", async () => {
  const cases = [
    ["/compare/1014-vs-1008/", "/compare/1008-vs-1014/"],
    ["/zh-hans/compare/1014-vs-1008/", "/zh-hans/compare/1008-vs-1014/"],
    ["/compare/1014-vs-1008/?from=log", "/compare/1008-vs-1014/?from=log"],
    ["/compare/10-vs-9/", "/compare/9-vs-10/"],
    ["/compare/100000000000000000000-vs-99999999999999999999/", "/compare/99999999999999999999-vs-100000000000000000000/"],
    ["/01006/", "/1006/"],
    ["/ja/007/", "/ja/7/"],
    ["/1006", "/1006/"],
    ["/2500", "/2500/"],
    ["/%EF%BC%91%EF%BC%90%EF%BC%90%EF%BC%96/", "/1006/"],
    ["/ko/%EF%BC%94%EF%BC%90%EF%BC%90%EF%BC%94/", "/ko/4004/"],
  ];
  for (const [from, to] of cases) {
    const res = await get(from);
    assert.equal(res.status, 301, from);
    assert.equal(res.headers.get("location"), to, from);
  }
  for (const prefix of ["", "/ar"]) {
    for (const pair of readdirSync(join(dist, prefix, "compare")).filter((d) => /^\d+-vs-\d+$/.test(d))) {
      const [a, b] = pair.split("-vs-").map(Number);
      const res = await get(`${prefix}/compare/${pair}/`);
      assert.equal(res.status, a < b ? 200 : 301, pair);
      if (a > b) assert.equal(res.headers.get("location"), `${prefix}/compare/${b}-vs-${a}/`);
    }
  }
});

test("Pages: hashed files are cached for good; pages and data keep Pages' revalidation", async () => {
  const IMMUTABLE = "public, max-age=31536000, immutable";
  for (const path of [
    first("", /^closecodes-[0-9a-f]+\.js$/),
    first("", /^closecodes-[0-9a-f]+_bg\.wasm$/),
    first("", /^main-[0-9a-f]+\.css$/),
    first("", /^favicon-[0-9a-f]+\.svg$/),
    first("search", SHARD),
    first("zh-hans/search", SHARD),
  ]) {
    const res = await get(path);
    assert.equal(res.status, 200, path);
    assert.equal(res.headers.get("cache-control"), IMMUTABLE, path);
  }
  for (const path of ["/", "/1006/", "/2500/", "/search/", "/ja/search/", "/favicon.ico", "/api/v1/codes.json"]) {
    const res = await get(path);
    assert.equal(res.status, 200, path);
    assert.equal(res.headers.get("cache-control"), "public, max-age=0, must-revalidate", path);
  }
});

test("Pages: search engines index the pages, not the data, the shards or the shells", async () => {
  for (const path of ["/", "/1006/", "/zh-hans/1006/", "/compare/1008-vs-1014/"]) {
    assert.equal((await get(path)).headers.get("x-robots-tag"), null, path);
  }
  for (const path of [first("search", SHARD), first("ja/search", SHARD), "/api/v1/codes.json", "/2500/", "/ja/2500/", "/number"]) {
    assert.equal((await get(path)).headers.get("x-robots-tag"), "noindex", path);
  }
  const opensearch = await get("/opensearch.xml");
  assert.match(opensearch.headers.get("content-type"), /^application\/opensearchdescription\+xml/);
});

test("Pages: a shell the browser already has is revalidated, not sent again", async () => {
  const firstLoad = await get("/2500/");
  const etag = firstLoad.headers.get("etag");
  assert.ok(etag, "no ETag on a number page");
  const again = await get("/4321/", { "if-none-match": etag });
  assert.equal(again.status, 304);
});

test("Pages: _routes.json keeps the worker on every address it must answer, within Pages' limits", () => {
  const rules = [...routes.include, ...routes.exclude];
  assert.equal(routes.version, 1);
  assert.ok(routes.include.length >= 1 && rules.length <= 100, `${rules.length} rules`);
  for (const rule of rules) assert.ok(rule.startsWith("/") && rule.length <= 100, rule);
  const excluded = (path) =>
    routes.exclude.some((rule) => new RegExp(`^${rule.replace(/\./g, "\\.").replace(/\/\*$/, "(/.*)?").replace(/\*/g, ".*")}$`).test(path));
  for (const path of ["/2500/", "/2500", "/ja/2500/", "/01006/", "/compare/1014-vs-1008/", "/ja/compare/1014-vs-1008/", "/%EF%BC%91/"]) {
    assert.ok(!excluded(path), `${path} would skip the worker`);
  }
  assert.ok(excluded(first("", /^closecodes-[0-9a-f]+_bg\.wasm$/)) && excluded(first("search", SHARD)) && excluded("/api/v1/codes.json"));
});
