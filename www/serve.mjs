// Serves the demo folder on 127.0.0.1 with the strict Content-Security-Policy that the
// component must work under. Usage: node www/serve.mjs [port]
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, resolve, sep, dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
  + "connect-src 'self'; img-src 'self'";

export const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm", ".json": "application/json", ".ts": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml", ".atom": "application/atom+xml", ".jsonld": "application/ld+json",
};

/**
 * The file under `root` that a URL path names, or null when it names anything outside `root`
 * (`/../x`, `/..%2Fwww-private%2Fx`, which a plain prefix check lets through as `www-private`
 * starts with `www`) or cannot be decoded. The path is decoded first, then resolved, then
 * compared with `root` plus a separator.
 */
export function fileInRoot(root, pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (path.includes("\0")) return null;
  if (path.endsWith("/")) path += "index.html";
  const base = resolve(root);
  const file = resolve(base, "." + path);
  return file.startsWith(base + sep) ? file : null;
}

/**
 * Serves `root` on `host:port` under the CSP, uncached. `mounts` maps a first path segment to
 * another directory: with `{ "build-1": "/tmp/b" }`, `/build-1/x.js` is `/tmp/b/x.js`, checked
 * by `fileInRoot` against that directory (`e2e/hot.mjs` serves other builds this way).
 */
export function serve(root, port, host = "127.0.0.1", mounts = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://localhost");
    const [, first, rest] = url.pathname.match(/^\/([^/]+)(\/.*)$/) ?? [];
    const file = Object.hasOwn(mounts, first ?? "")
      ? fileInRoot(mounts[first], rest)
      : fileInRoot(root, url.pathname);
    if (file === null) { res.writeHead(403, { "Content-Security-Policy": CSP }).end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        "Content-Security-Policy": CSP,
        "Cache-Control": "no-store",
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain", "Content-Security-Policy": CSP }).end("not found");
    }
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 8080);
  const root = dirname(fileURLToPath(import.meta.url));
  await serve(root, port);
  console.log(`manetti-privacy demo on http://127.0.0.1:${port}/ (control panel) and /policy.nl.html (website)`);
}
