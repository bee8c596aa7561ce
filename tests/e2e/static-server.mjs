// A plain static file server, as a static host behaves: files as they are,
// `dir/` serves `dir/index.html`, `dir` redirects to `dir/`, anything missing
// gets `404.html` with status 404. No rewrite rules. Listens on 127.0.0.1.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

/** Starts serving `root` on `port` (0: any free port); resolves to { url, close }. */
export function serve(root, port = 0) {
  const server = createServer(async (req, res) => {
    const send = async (status, file) => {
      const body = await readFile(file);
      res.writeHead(status, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    };
    try {
      const pathname = decodeURIComponent(new URL(req.url, "http://x").pathname);
      const file = normalize(join(root, pathname));
      if (!file.startsWith(normalize(root))) return send(404, join(root, "404.html"));
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!pathname.endsWith("/")) {
          res.writeHead(301, { location: pathname + "/" });
          return res.end();
        }
        const index = join(file, "index.html");
        if (await stat(index).catch(() => null)) return send(200, index);
      } else if (info?.isFile()) {
        return send(200, file);
      }
      return send(404, join(root, "404.html"));
    } catch (e) {
      res.writeHead(500);
      res.end(String(e));
    }
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

// Run directly: node tests/e2e/static-server.mjs dist [port]
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? "dist";
  const { url } = await serve(root, Number(process.argv[3] ?? 0));
  console.log(`serving ${root} at ${url}/ (Ctrl-C to stop)`);
}
