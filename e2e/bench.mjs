// Benchmark (not a test): in headless Chromium, the time from init() to the banner in the DOM
// and to the full policy page in the DOM, beside the same policy served as static HTML.
// Usage, after ./scripts/setup.sh:  node e2e/bench.mjs [runs]
import { start } from "./tests/browser.mjs";

const runs = Number(process.argv[2] ?? 15);
const env = await start();
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const wasm = [];
const html = [];
for (let i = 0; i < runs; i++) {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(env.base + "/bench.html");
  await page.waitForFunction(() => window.__bench);
  wasm.push(await page.evaluate(() => window.__bench));
  await context.close();

  const staticContext = await env.browser.newContext({ javaScriptEnabled: false });
  const staticPage = await staticContext.newPage();
  await staticPage.goto(env.base + "/policy.nl.html");
  html.push(await staticPage.evaluate(() => performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd));
  await staticContext.close();
}
await env.stop();
const m = (key) => median(wasm.map((r) => r[key]));
const rows = [
  ["init(): fetch, compile and instantiate the module", m("initMs")],
  ["init() to banner in the DOM (2018-05-24 accepted)", m("bannerMs")],
  ["banner to full 2018 policy page in the DOM", m("policyMs")],
  ["init() to banner and policy page in the DOM", m("bannerMs") + m("policyMs")],
  ["navigation start to policy page in the DOM (wasm)", m("policy")],
  ["navigation start to DOMContentLoaded (static HTML, JS off)", median(html)],
];
console.log(`median of ${runs} runs, headless Chromium, ms`);
for (const [label, value] of rows) console.log(`${value.toFixed(1).padStart(8)}  ${label}`);
console.log(`ratio wasm / static HTML, navigation start to policy in the DOM: ${(m("policy") / median(html)).toFixed(2)}`);
