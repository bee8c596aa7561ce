// A stand-in for Cloudflare Pages serving dist/, to run deploy/_worker.js in
// node: env.ASSETS answers as Pages' asset server does, and _routes.json
// decides which requests reach the worker. Modelled on the asset server's
// source (cloudflare/workers-sdk, packages/pages-shared/asset-server/
// handler.ts) and on wrangler's _routes.json matching:
//  - /dir/ serves dir/index.html; /x.html redirects (308) to /x, which
//    serves x.html; /dir redirects to /dir/;
//  - a missing file gets the nearest 404.html up the path, status 404;
//  - every file gets an ETag and `Cache-Control: public, max-age=0,
//    must-revalidate`, then the _headers rules matching the requested path,
//    in order: the first sets a header, later ones append with a comma, and
//    `! Name` removes it.
// Content negotiation (Pages compresses by itself) is left out.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".png": "image/png",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
};

/** A Pages path pattern as a RegExp: `*` is any text, `:name` one segment. */
function pattern(rule) {
  const source = rule
    .replace(/[-/\\^$+?.()|[\]{}]/g, "\\$&")
    .replace(/\*/g, "(?<splat>.*)")
    .replace(/:([A-Za-z]\w*)/g, "(?<$1>[^/]+)");
  return new RegExp(`^${source}$`);
}

/** Parses a _headers file into [{ match, set: [[name, value]], unset: [name] }]. */
export function parseHeaders(text) {
  const rules = [];
  for (const raw of text.split("\n")) {
    if (!raw.trim() || raw.trim().startsWith("#")) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ path: raw.trim(), match: pattern(raw.trim()), set: [], unset: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: header line before any path: ${raw}`);
    const line = raw.trim();
    if (line.startsWith("!")) rule.unset.push(line.slice(1).trim());
    else {
      const colon = line.indexOf(":");
      if (colon < 1) throw new Error(`_headers: not "Name: value": ${raw}`);
      rule.set.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** wrangler's reading of a _routes.json rule: `*` is any text, `/x/*` also matches /x. */
function routeMatches(pathname, rule) {
  let source = rule;
  if (rule !== "/*" && rule.endsWith("/*")) source = `${rule.slice(0, -2)}(/*)?`;
  else if (rule !== "/" && rule.endsWith("/")) source = `${rule.slice(0, -1)}(/)?`;
  else if (!rule.endsWith("*")) source = `${rule}(/)?`;
  return new RegExp(`^${source.replace(/\./g, "\\.").replace(/\*/g, ".*")}$`).test(pathname);
}

/** env.ASSETS for `dist`, with the given _headers text applied. */
export function pagesAssets(dist, headersText = "") {
  const root = normalize(dist);
  const rules = parseHeaders(headersText);
  const isFile = (path) => {
    const file = normalize(join(root, path));
    return file.startsWith(root) && existsSync(file) && statSync(file).isFile() ? file : null;
  };

  function serve(request, file, status = 200) {
    const body = readFileSync(file);
    const etag = `"${createHash("sha1").update(body).digest("hex")}"`;
    const headers = new Headers({ "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    if (status !== 200) return new Response(body, { status, headers });
    headers.set("etag", etag);
    headers.set("cache-control", "public, max-age=0, must-revalidate");
    if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
    return new Response(request.method === "HEAD" ? null : body, { status, headers });
  }
  const redirect = (location) => new Response(null, { status: 308, headers: { location } });

  function route(request) {
    if (!/^(GET|HEAD)$/.test(request.method)) return new Response(null, { status: 405 });
    const { search } = new URL(request.url);
    let pathname = new URL(request.url).pathname;
    try {
      pathname = decodeURIComponent(pathname);
    } catch {
      // Pages keeps the raw path.
    }
    const notFound = () => {
      for (let dir = pathname; dir; ) {
        dir = dir.slice(0, dir.lastIndexOf("/"));
        const page = isFile(`${dir}/404.html`);
        if (page) return serve(request, page, 404);
      }
      return new Response(null, { status: 404 });
    };
    let file;
    if (pathname.endsWith("/")) {
      if ((file = isFile(`${pathname}index.html`))) return serve(request, file);
      if (pathname.endsWith("/index/")) return redirect(`/${pathname.slice(1, -"index/".length)}${search}`);
      if (isFile(pathname.replace(/\/$/, ".html"))) return redirect(`/${pathname.slice(1, -1)}${search}`);
      return notFound();
    }
    if ((file = isFile(pathname))) {
      if (!pathname.endsWith(".html")) return serve(request, file);
      const bare = pathname.slice(0, -".html".length);
      if (bare.endsWith("/index")) return redirect(`${bare.replace(/\/index$/, "/")}${search}`);
      if (isFile(bare) || bare === "/") return serve(request, file);
      return redirect(`${bare}${search}`);
    }
    if (pathname.endsWith("/index")) return redirect(`/${pathname.slice(1, -"index".length)}${search}`);
    if ((file = isFile(`${pathname}.html`))) return serve(request, file);
    if (isFile(`${pathname}/index.html`)) return redirect(`${pathname}/${search}`);
    return notFound();
  }

  return {
    async fetch(input, init) {
      const request = new Request(input, init);
      const response = route(request);
      const { pathname } = new URL(request.url);
      const headers = new Headers(response.headers);
      const set = new Set();
      for (const rule of rules.filter((r) => r.match.test(pathname))) {
        for (const name of rule.unset) headers.delete(name);
        for (const [name, value] of rule.set) {
          if (set.has(name.toLowerCase())) headers.append(name, value);
          else {
            headers.set(name, value);
            set.add(name.toLowerCase());
          }
        }
      }
      return new Response(response.body, { status: response.status, headers });
    },
  };
}

/**
 * The whole site as Pages would run it: requests _routes.json excludes go
 * straight to the assets, the rest to the worker.
 */
export function pagesSite(dist, { worker, headers = "", routes = { include: ["/*"], exclude: [] } }) {
  const assets = pagesAssets(dist, headers);
  return async (url, init = {}) => {
    const request = new Request(url, init);
    const { pathname } = new URL(request.url);
    const toWorker =
      routes.include.some((r) => routeMatches(pathname, r)) && !routes.exclude.some((r) => routeMatches(pathname, r));
    return toWorker ? worker.fetch(request, { ASSETS: assets }) : assets.fetch(request);
  };
}
