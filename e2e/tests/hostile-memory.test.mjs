// Attacks memory: 5,000 mount/destroy cycles of each component, measured in the wasm
// memory's byteLength with no forced garbage collection; and mounts dropped without
// destroy() into one reused host.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, openPage } from "./browser.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const MB = 1024 * 1024;

test("5,000 mount/destroy cycles of each component stay within a few MB of wasm memory", async () => {
  const { page, context } = await openPage(env, "/policy.en.html");
  const result = await page.evaluate(async () => {
    const mp = await import("/pkg/manetti_privacy.js");
    const wasm = await mp.default();
    const host = document.body.appendChild(document.createElement("div"));
    const customer = { customerType: "private", services: ["domain", "colocation"], events: ["datacenter-visit"] };
    const kinds = {
      banner: () => mp.mountBanner(host, { locale: "en", acceptedVersion: "2018-05-24" }),
      policy: () => mp.mountPolicy(host, { locale: "en" }),
      yourData: () => mp.mountYourData(host, { locale: "en", customer }),
      replacedWithoutDestroy: () => ({ destroy() {} , h: mp.mountBanner(host, { locale: "nl", acceptedVersion: null }) }),
    };
    const out = {};
    for (const [name, mount] of Object.entries(kinds)) {
      mount().destroy(); // warm up
      const before = wasm.memory.buffer.byteLength;
      for (let i = 0; i < 5000; i++) mount().destroy();
      out[name] = wasm.memory.buffer.byteLength - before;
      host.replaceChildren();
    }
    return out;
  });
  console.log(`wasm memory growth over 5,000 cycles (bytes): ${JSON.stringify(result)}`);
  for (const [name, growth] of Object.entries(result)) assert.ok(growth <= 4 * MB, `${name}: ${growth} bytes`);
  await context.close();
});
