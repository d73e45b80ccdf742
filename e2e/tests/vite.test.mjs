// A Vite app (e2e/vite-app) that imports "manetti-privacy" and "manetti-privacy/elements" in
// one page, with the package linked from www/pkg. In Chromium, after `vite build` (served with
// the strict CSP) and under the `vite` dev server: the wasm loads once, both banners render,
// and Accept fires privacy-accepted (and the async onAccept). The same in React 19 (react.html) and Vue 3 (vue.html).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, rmSync, symlinkSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { build, createServer } from "vite";
import { start, openPage, wwwRoot } from "./browser.mjs";
import { serve } from "../../www/serve.mjs";

const app = join(dirname(fileURLToPath(import.meta.url)), "..", "vite-app");
let env;
before(async () => {
  // What `npm link manetti-privacy` would do.
  mkdirSync(join(app, "node_modules"), { recursive: true });
  const link = join(app, "node_modules", "manetti-privacy");
  if (!existsSync(link)) symlinkSync(join(wwwRoot, "pkg"), link, "dir");
  env = await start();
});
after(async () => { await env?.stop(); });

async function checkPage(base) {
  const { page, context, problems, requests } = await openPage({ ...env, base }, "/");
  await page.waitForFunction(() => window.ready === true, null, { timeout: 20000 });
  const element = page.locator("manetti-privacy-banner section.mp-banner");
  await element.waitFor({ timeout: 20000 });
  const mounted = page.locator("#banner section.mp-banner");
  await mounted.waitFor();
  // The element's Accept: the event bubbles out of the shadow root to the document.
  await element.locator('button[data-action="accept"]').click();
  await page.waitForFunction(() => window.accepted.length === 1);
  // The mounted banner's Accept: the async onAccept and the event.
  await mounted.locator('button[data-action="accept"]').click();
  await page.waitForFunction(() => window.accepted.length === 2 && window.onAcceptReceipt);
  const state = await page.evaluate(() => ({ accepted: window.accepted, onAccept: window.onAcceptReceipt }));
  const wasm = requests.filter((url) => new URL(url).pathname.endsWith(".wasm"));
  await context.close();
  return { state, wasm, problems };
}

/** React 19 (react.html) and Vue (vue.html): `customer` is set as a property, the event handler gets the receipt. */
async function checkFramework(base, path) {
  const { page, context, problems, requests } = await openPage({ ...env, base }, path);
  await page.waitForFunction(() => window.ready === true, null, { timeout: 20000 });
  const banner = page.locator("manetti-privacy-banner section.mp-banner");
  await banner.waitFor({ timeout: 20000 });
  const customer = await page.evaluate(() => document.querySelector("manetti-privacy-banner").customer);
  await banner.locator('button[data-action="accept"]').click();
  await page.waitForFunction(() => window.accepted.length === 1);
  const receipt = await page.evaluate(() => window.accepted[0]);
  const wasm = requests.filter((url) => new URL(url).pathname.endsWith(".wasm"));
  await context.close();
  assert.deepEqual(problems, []);
  assert.deepEqual(customer, { customerType: "private", services: ["domain"] });
  assert.equal(receipt.locale, "en");
  assert.equal(wasm.length, 1);
}

function assertAccepted(state) {
  for (const receipt of state.accepted) {
    assert.deepEqual(Object.keys(receipt).sort(), ["acceptedAt", "contentSha256", "locale", "version"]);
    assert.equal(receipt.locale, "en");
  }
  assert.deepEqual(state.onAccept, state.accepted[1]);
}

test("vite build: the wasm loads once, Accept fires privacy-accepted, under the strict CSP", async () => {
  const outDir = join(app, "dist");
  rmSync(outDir, { recursive: true, force: true });
  await build({ root: app, configFile: join(app, "vite.config.mjs"), logLevel: "error", build: { outDir } });
  const server = await serve(outDir, 0);
  try {
    const { state, wasm, problems } = await checkPage(`http://127.0.0.1:${server.address().port}`);
    assert.deepEqual(problems, []);
    assertAccepted(state);
    assert.equal(wasm.length, 1, `the wasm loads once: ${wasm.join(", ")}`);
    for (const path of ["/react.html", "/vue.html"]) await checkFramework(`http://127.0.0.1:${server.address().port}`, path);
  } finally {
    server.close();
  }
});

test("vite dev server: the wasm loads once, Accept fires privacy-accepted", async () => {
  const server = await createServer({
    root: app, configFile: join(app, "vite.config.mjs"), logLevel: "error",
    server: { port: 0, host: "127.0.0.1", hmr: false },
  });
  await server.listen();
  try {
    const { port } = server.httpServer.address();
    const { state, wasm, problems } = await checkPage(`http://127.0.0.1:${port}`);
    assert.deepEqual(problems, []);
    assertAccepted(state);
    assert.equal(wasm.length, 1, `the wasm loads once: ${wasm.join(", ")}`);
    for (const path of ["/react.html", "/vue.html"]) await checkFramework(`http://127.0.0.1:${port}`, path);
  } finally {
    await server.close();
  }
});
