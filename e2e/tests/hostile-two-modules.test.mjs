// Attacks the module: the documented `await init()` and `import "…/elements"` on one page,
// in either order and at once. One instance, the wasm fetched once, and Accept on the
// element still sends its event.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, openPage } from "./browser.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

test("init() and the elements module share one instance; accepting through the element works", async () => {
  const { page, context, requests, problems } = await openPage(env, "/policy.en.html");
  await page.evaluate(async () => {
    const mp = await import("/pkg/manetti_privacy.js");
    const p1 = mp.default(); // the page's `await init()`
    const p2 = mp.default(); // another caller at the same time
    await import("/pkg/manetti-privacy-elements.js"); // its init() runs while ours is pending
    const [a, b] = await Promise.all([p1, p2]);
    await mp.default();
    window.mp = mp;
    window.same = a === b;
    window.receipts = [];
    document.addEventListener("privacy-accepted", (e) => window.receipts.push(e.detail.version));
    const el = document.createElement("manetti-privacy-banner");
    el.setAttribute("accepted-version", "2018-05-24");
    el.setAttribute("lang", "en");
    document.body.append(el);
  });
  const element = page.locator("manetti-privacy-banner");
  await element.locator("[data-action=accept]").waitFor();
  await page.evaluate(() => {
    document.querySelector("manetti-privacy-banner").shadowRoot.querySelector("[data-action=accept]").click();
  });
  // The acceptance is processed: the element's banner has left its busy state (saved, or an alert).
  await page.waitForFunction(() => !document.querySelector("manetti-privacy-banner").shadowRoot
    .querySelector(".mp-banner[aria-busy=true]"));
  const result = await page.evaluate(() => {
    const { mp, receipts } = window;
    const el = document.querySelector("manetti-privacy-banner");
    const api = document.body.appendChild(document.createElement("div"));
    mp.mountBanner(api, { locale: "en", acceptedVersion: "2018-05-24", onAccept: (r) => receipts.push("api " + r.locale) });
    api.querySelector("[data-action=accept]").click();
    return { same: window.same, receipts, closed: !el.shadowRoot.querySelector(".mp-banner") };
  });
  // The element dispatches once; the API banner calls onAccept, then dispatches its own event.
  assert.deepEqual(result, { same: true, receipts: ["2026-11-26", "api en", "2026-11-26"], closed: true });
  assert.equal(requests.filter((u) => u.endsWith(".wasm")).length, 1, "the wasm is fetched once");
  assert.deepEqual(problems, []);
  await context.close();
});
