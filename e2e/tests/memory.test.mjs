// Memory: 5,000 mount/destroy cycles of the banner (with a policy page and a changesSince call
// every fifth cycle) must not grow the wasm heap. This proves that the allocator reuses freed
// memory and that destroy() releases what a mount took. The cycles run in batches; between
// batches the test asks the browser to collect garbage, as an idle page would (the click
// listener of a mounted component is owned by the JS garbage collector).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, openPage, settled } from "./browser.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const CYCLES = 5000;
const BATCH = 250;
const MiB = 1024 * 1024;

test(`${CYCLES} banner mount/destroy cycles keep the wasm memory within a few MB`, async () => {
  const { page, context, problems } = await openPage(env, "/bench.html");
  await page.waitForFunction(() => window.__bench);
  const cdp = await context.newCDPSession(page);
  await page.evaluate(async () => {
    const module = await import("./pkg/manetti_privacy.js");
    const exports = await module.default(); // already initialised: returns the same instance
    const host = document.createElement("div");
    document.body.append(host);
    let cycle = 0;
    window.__cycles = (count) => {
      for (let i = 0; i < count; i++) {
        cycle += 1;
        const locale = cycle % 2 ? "nl" : "en";
        const banner = module.mountBanner(host, { locale, acceptedVersion: "2018-05-24", now: "2026-11-25" });
        if (!host.firstChild) throw new Error("the banner did not render");
        banner.destroy();
        banner.free();
        if (cycle % 5 === 0) {
          const policy = module.mountPolicy(host, { locale, version: "2018-05-24" });
          policy.destroy();
          policy.free();
          module.changesSince("2018-05-24", locale, { now: "2026-11-25" });
        }
      }
      return exports.memory.buffer.byteLength;
    };
  });
  // A sentinel object that only a collection frees: its registry's callback says the garbage
  // was collected and the finalizers are being delivered.
  await page.evaluate(() => {
    window.__collected = 0;
    window.__sentinels = new FinalizationRegistry(() => { window.__collected += 1; });
  });
  const sizes = [];
  for (let done = 0, batch = 1; done < CYCLES; done += BATCH, batch += 1) {
    sizes.push(await page.evaluate((n) => { window.__sentinels.register({}, n); return window.__cycles(n); }, BATCH));
    await cdp.send("HeapProfiler.collectGarbage");
    await page.waitForFunction((n) => window.__collected >= n, batch);
    await settled(page);
  }
  const [first, last] = [sizes[0], sizes.at(-1)];
  const trace = sizes.map((s) => (s / MiB).toFixed(1)).join(" ");
  assert.ok(last - first <= 2 * MiB, `grew by ${((last - first) / MiB).toFixed(1)} MiB (MiB per batch: ${trace})`);
  assert.ok(last <= 8 * MiB, `${(last / MiB).toFixed(1)} MiB after ${CYCLES} cycles (MiB per batch: ${trace})`);
  assert.deepEqual(problems, []);
  await context.close();
});
