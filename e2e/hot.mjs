// Benchmark (not a test): per-call times of the exports in headless Chromium after warm-up
// (www/hot.js: each call 30 times unmeasured, then the median of 7 batches; a mount's time
// includes its handle's destroy()), for the release package in www/pkg and for any other
// builds of it given as directories (each holding manetti_privacy.js and
// manetti_privacy_bg.wasm), in rounds that alternate the order. Prints the median over the
// rounds and each build's difference from the first.
//
// Usage, after ./scripts/setup.sh:  node e2e/hot.mjs [rounds] [dir ...]
import { resolve } from "node:path";
import { launchChromium, wwwRoot } from "./tests/browser.mjs";
import { serve } from "../www/serve.mjs";

const args = process.argv.slice(2);
const rounds = Number(args.find((a) => /^\d+$/.test(a)) ?? 3);
const others = args.filter((a) => !/^\d+$/.test(a)).map((dir, i) => [`build-${i + 1}`, resolve(dir)]);
const builds = [["pkg", resolve(wwwRoot, "pkg")], ...others];

// www/ as the demo serves it, with each other build under /build-N/.
const server = await serve(wwwRoot, 0, "127.0.0.1", Object.fromEntries(others));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();

const results = {}; // call -> build -> [ms per call, one per round]
for (let round = 0; round < rounds; round++) {
  // Alternate the order, so that no build always runs first.
  for (const [name] of round % 2 ? [...builds].reverse() : builds) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const failed = new Promise((_, reject) => page.on("pageerror", (e) => reject(new Error(`${name}: ${e.message}`))));
    failed.catch(() => {}); // an error after the timings is not this benchmark's concern
    await page.goto(`${base}/hot.html?pkg=${name}`);
    await Promise.race([page.waitForFunction(() => window.__hot, null, { timeout: 120_000 }), failed]);
    for (const [call, ms] of Object.entries(await page.evaluate(() => window.__hot))) {
      ((results[call] ??= {})[name] ??= []).push(ms);
    }
    await context.close();
  }
}
await browser.close();
server.close();

const median = (xs) => {
  const sorted = xs.slice().sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
console.log(`ms per call after warm-up, median of ${rounds} rounds; ${builds.map(([n, d]) => `${n} = ${d}`).join(", ")}`);
for (const [call, byBuild] of Object.entries(results)) {
  const first = median(byBuild[builds[0][0]]);
  const cells = builds.map(([name]) => {
    const ms = median(byBuild[name]);
    const percent = Math.round((ms / first - 1) * 100);
    return name === builds[0][0] ? `${name} ${ms.toFixed(3)}` : `${name} ${ms.toFixed(3)} (${percent > 0 ? "+" : ""}${percent} %)`;
  });
  console.log(`${call.padEnd(16)} ${cells.join("  ")}`);
}
