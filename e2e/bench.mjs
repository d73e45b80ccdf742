// Benchmark (not a test): in headless Chromium, the time from navigation start to the banner and
// to the full policy page in the DOM, each against the identical markup served as static HTML
// with JavaScript off, in the same run. Every run is a fresh browser context (cold cache).
// Files are served gzip-compressed, with the demo's Content-Security-Policy.
//
// Profiles: 1x (no throttling), 4x CPU, and mobile (150 ms RTT, 1.6 Mbps down, 750 kbps up,
// 4x CPU), through the Chrome DevTools Protocol.
//
// Usage, after ./scripts/setup.sh:  node e2e/bench.mjs [runs] [profile,...] [--no-preload]
import { chromium } from "playwright-core";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { wwwRoot } from "./tests/browser.mjs";
import { CSP } from "../www/serve.mjs";

const args = process.argv.slice(2);
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 20);
const profiles = (args.find((a) => /^[a-z0-9,]+$/i.test(a) && !/^\d+$/.test(a)) ?? "1x,4x,mobile").split(",");
const preload = !args.includes("--no-preload");

const PROFILES = {
  "1x": { cpu: 1 },
  "4x": { cpu: 4 },
  mobile: { cpu: 4, network: { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 } },
};
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".wasm": "application/wasm", ".svg": "image/svg+xml" };

// The static twins of the module pages: the markup the module rendered, in a page with the same
// head and no script. Filled in by the first module run of each kind.
const twins = new Map();

function staticTwin(markup) {
  return `<!doctype html>\n<html lang="nl">\n<head>\n  <meta charset="utf-8">\n  <title>Benchmark – manetti-privacy</title>\n`
    + `  <link rel="icon" href="favicon.svg">\n  <link rel="stylesheet" href="manetti-privacy.css">\n</head>\n`
    + `<body>\n<main>${markup}</main>\n</body>\n</html>\n`;
}

const gzipped = new Map(); // path -> compressed body, so that compression time is not measured

const server = createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  let body;
  let type;
  if (twins.has(url.pathname)) {
    body = Buffer.from(twins.get(url.pathname));
    type = TYPES[".html"];
  } else {
    const file = normalize(join(wwwRoot, decodeURIComponent(url.pathname)));
    if (!file.startsWith(wwwRoot + "/")) { res.writeHead(403).end(); return; }
    try { body = await readFile(file); } catch { res.writeHead(404).end(); return; }
    type = TYPES[extname(file)] ?? "application/octet-stream";
    if (!preload && url.pathname === "/bench.html") {
      body = Buffer.from(body.toString().replace(/ *<link rel="(module)?preload"[^>]*>\n/g, ""));
    }
  }
  const gzip = /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
  res.writeHead(200, { "Content-Type": type, "Content-Security-Policy": CSP, "Cache-Control": "no-store",
    ...(gzip ? { "Content-Encoding": "gzip" } : {}) });
  if (gzip && !gzipped.has(req.url)) gzipped.set(req.url, gzipSync(body, { level: 9 }));
  res.end(gzip ? gzipped.get(req.url) : body);
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync"],
});

/** Opens `path` in a fresh context under `profile`; returns the page and its context. */
async function open(path, profile, javaScriptEnabled) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
  if (profile.network) {
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, ...profile.network });
  }
  await page.goto(base + path, { waitUntil: "load" });
  return { page, context };
}

/** The page's first contentful paint, once Chromium has recorded it (NaN if it never paints
 * within 5 s). Read as soon as the content is in the DOM, the entry does not exist yet. Polled
 * every 50 ms, not per animation frame: the static twin runs with JavaScript off. */
async function firstContentfulPaint(page) {
  const painted = () => performance.getEntriesByName("first-contentful-paint").length > 0;
  await page.waitForFunction(painted, null, { timeout: 5000, polling: 50 }).catch(() => {});
  return page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN);
}

/** One paired run: the module page, then its static twin. */
async function pair(kind, profile) {
  const { page, context } = await open(`/bench.html?only=${kind}`, profile, true);
  await page.waitForFunction(() => window.__bench);
  const timings = await page.evaluate(() => window.__bench);
  const module = { dom: timings[kind], fcp: await firstContentfulPaint(page), init: timings.initialised };
  const twinPath = `/bench-static-${kind}.html`;
  if (!twins.has(twinPath)) twins.set(twinPath, staticTwin(await page.evaluate(() => document.querySelector("main").innerHTML)));
  await context.close();

  const twin = await open(twinPath, profile, false);
  const html = {
    dom: await twin.page.evaluate(() => performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd),
    fcp: await firstContentfulPaint(twin.page),
  };
  await twin.context.close();
  return { module, html };
}

const median = (xs) => { const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : NaN; };
const f = (x) => x.toFixed(1).padStart(7);

console.log(`median of ${runs} paired runs, headless Chromium, gzip served, ${preload ? "with" : "without"} `
  + `modulepreload + wasm preload; ms from navigation start`);
console.log("profile  page    | module: init  in DOM    FCP | static HTML: DCL    FCP | ratio DOM  FCP");
for (const name of profiles) {
  const profile = PROFILES[name];
  if (!profile) throw new Error(`unknown profile ${name}; expected one of ${Object.keys(PROFILES).join(", ")}`);
  for (const kind of ["policy", "banner"]) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await pair(kind, profile));
    const m = (get) => median(results.map(get));
    const ratioDom = median(results.map((r) => r.module.dom / r.html.dom));
    const ratioFcp = median(results.map((r) => r.module.fcp / r.html.fcp));
    console.log(`${name.padEnd(8)} ${kind.padEnd(7)} | ${f(m((r) => r.module.init))} ${f(m((r) => r.module.dom))} ${f(m((r) => r.module.fcp))} | `
      + `${f(m((r) => r.html.dom))} ${f(m((r) => r.html.fcp))} | ${ratioDom.toFixed(2).padStart(5)} ${ratioFcp.toFixed(2).padStart(5)}`);
  }
}
await browser.close();
server.close();
