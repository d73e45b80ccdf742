// Benchmark (not a test): in headless Chromium, the time from navigation start to the banner and
// to the full policy page in the DOM, each against the identical markup served as static HTML
// with JavaScript off, in the same run. Every run is a fresh browser context (cold caches, but
// see the warm profile).
// Files are served brotli-compressed (as production servers send them; Chromium asks for br
// even over plain http to 127.0.0.1), or gzip with --gzip, with the demo's
// Content-Security-Policy.
//
// Columns: "fetched" is when the module page's last script or wasm response ended (before
// that no code of the module can run; its ratio to the static DCL is the floor of the DOM
// ratio), "init" when init() resolved, "in DOM" when the mount call returned. The last column
// is the spread of the DOM ratio over the runs (25th to 75th percentile).
//
// Profiles: 1x (no throttling), 4x CPU, and mobile (150 ms RTT, 1.6 Mbps down, 750 kbps up,
// 4x CPU), through the Chrome DevTools Protocol; and warm: the next page a customer opens in
// the same tab, 1 s after the first, with the scripts, the .wasm and the stylesheet served
// cacheable (max-age) as a control panel should serve them (--no-store: served uncacheable).
//
// Usage, after ./scripts/setup.sh:
//   node e2e/bench.mjs [runs] [profile,...] [--no-preload] [--gzip] [--no-store]
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { launchChromium, wwwRoot } from "./tests/browser.mjs";
import { CSP, TYPES } from "../www/serve.mjs";

const args = process.argv.slice(2);
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 20);
const profiles = (args.find((a) => /^[a-z0-9,]+$/i.test(a) && !/^\d+$/.test(a)) ?? "1x,4x,mobile,warm").split(",");
const preload = !args.includes("--no-preload");
const encoding = args.includes("--gzip") ? "gzip" : "br";
const cacheableWhenWarm = !args.includes("--no-store");

const PROFILES = {
  "1x": { cpu: 1 },
  "4x": { cpu: 4 },
  mobile: { cpu: 4, network: { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 } },
  // The next page a customer opens in the control panel, in the same tab: the scripts, the
  // .wasm and the stylesheet come from the HTTP cache (HTML is never cached). The first mount
  // then takes a third of a first page's, cached or not: the tab's renderer appears to keep
  // the module that the previous page compiled.
  warm: { cpu: 1, warm: true },
};

const WARM_READING_MS = 1000; // how long the customer stays on the first page

// The static twins of the module pages: the markup the module rendered, in a page with the same
// head and no script. Filled in by the first module run of each kind.
const twins = new Map();

function staticTwin(markup) {
  return `<!doctype html>\n<html lang="nl">\n<head>\n  <meta charset="utf-8">\n  <title>Benchmark – manetti-privacy</title>\n`
    + `  <link rel="icon" href="favicon.svg">\n  <link rel="stylesheet" href="manetti-privacy.css">\n</head>\n`
    + `<body>\n<main>${markup}</main>\n</body>\n</html>\n`;
}

let cacheSubresources = false; // set under the warm profile
const compressed = new Map(); // path -> compressed body, so that compression time is not measured
const compress = {
  gzip: (body) => gzipSync(body, { level: 9 }),
  br: (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
};

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
  const accepted = new RegExp(`\\b${encoding}\\b`).test(req.headers["accept-encoding"] ?? "");
  const cacheable = cacheSubresources && type !== TYPES[".html"];
  res.writeHead(200, { "Content-Type": type, "Content-Security-Policy": CSP,
    "Cache-Control": cacheable ? "max-age=3600" : "no-store",
    ...(accepted ? { "Content-Encoding": encoding } : {}) });
  if (accepted && !compressed.has(req.url)) compressed.set(req.url, compress[encoding](body));
  res.end(accepted ? compressed.get(req.url) : body);
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();

/** Opens `path` in a fresh context under `profile`; returns the page and its context. Under the
 * warm profile the tab first opens the page, stays on it a while, and then navigates to it
 * again (`?next`, another URL): the second page a customer opens in the control panel. */
async function open(path, profile, javaScriptEnabled) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
  if (profile.network) {
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, ...profile.network });
  }
  if (profile.warm) {
    await page.goto(base + path, { waitUntil: "load" });
    await page.waitForTimeout(WARM_READING_MS);
    path += `${path.includes("?") ? "&" : "?"}next`;
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
  // When the last script or wasm response ended: before that, no code of the module can run.
  const fetched = await page.evaluate(() => Math.max(...performance.getEntriesByType("resource")
    .filter((e) => /\.(js|wasm)$/.test(new URL(e.name).pathname)).map((e) => e.responseEnd)));
  const module = { dom: timings[kind], fcp: await firstContentfulPaint(page), init: timings.initialised, fetched };
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

const quantile = (q) => (xs) => { const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b); return s.length ? s[Math.floor(q * s.length)] : NaN; };
const median = quantile(0.5);
const f = (x) => x.toFixed(1).padStart(7);

console.log(`median of ${runs} paired runs, headless Chromium, ${encoding} served, ${preload ? "with" : "without"} `
  + `modulepreload + wasm preload${cacheableWhenWarm ? "" : ", warm profile served no-store"}; ms from navigation start`);
console.log("profile  page    | module: fetched   init  in DOM    FCP | static HTML: DCL    FCP | ratio DOM  FCP fetched | DOM p25-p75");
for (const name of profiles) {
  const profile = PROFILES[name];
  if (!profile) throw new Error(`unknown profile ${name}; expected one of ${Object.keys(PROFILES).join(", ")}`);
  cacheSubresources = Boolean(profile.warm) && cacheableWhenWarm;
  for (const kind of ["policy", "banner"]) {
    await pair(kind, profile); // not counted: compresses the files and writes the static twin
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await pair(kind, profile));
    const m = (get) => median(results.map(get));
    const domRatios = results.map((r) => r.module.dom / r.html.dom);
    const ratioDom = median(domRatios);
    const ratioFcp = median(results.map((r) => r.module.fcp / r.html.fcp));
    const ratioFetched = median(results.map((r) => r.module.fetched / r.html.dom));
    console.log(`${name.padEnd(8)} ${kind.padEnd(7)} | ${f(m((r) => r.module.fetched))} ${f(m((r) => r.module.init))} ${f(m((r) => r.module.dom))} ${f(m((r) => r.module.fcp))} | `
      + `${f(m((r) => r.html.dom))} ${f(m((r) => r.html.fcp))} | ${ratioDom.toFixed(2).padStart(5)} ${ratioFcp.toFixed(2).padStart(5)} ${ratioFetched.toFixed(2).padStart(5)} | `
      + `${quantile(0.25)(domRatios).toFixed(2)}-${quantile(0.75)(domRatios).toFixed(2)}`);
  }
}
await browser.close();
server.close();
