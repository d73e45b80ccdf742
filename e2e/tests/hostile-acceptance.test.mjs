// Attacks the acceptance: an onAccept that throws, rejects or is slow, a listener that needs
// time to save (waitUntil), an element that is re-rendered or moved after it was accepted.
// No acceptance may disappear before the host has it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, openPage, openModulePage, settled } from "./browser.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

async function page0() {
  const opened = await openModulePage(env);
  await opened.page.evaluate(() => {
    window.host = document.body.appendChild(document.createElement("div"));
  });
  return opened;
}

const accept = (page) => page.locator("[data-action=accept]").click();

// Saved: the banner and its actions are gone; only the confirmation is left, with the focus.
async function confirmed(root) {
  await root.locator(".mp-banner").waitFor({ state: "detached" });
  const status = root.locator(".mp-confirmation [role=status]");
  assert.match(await status.innerText(), /^Thank you for reading/);
  assert.equal(await root.locator("[role=alert], [data-action=accept], [data-action=later]").count(), 0);
  assert.equal(await status.evaluate((s) => s.getRootNode().activeElement === s), true, "focused");
}

test("onAccept throws: the banner stays, with an alert and a retry that works", async () => {
  const { page, context } = await page0();
  await page.evaluate(() => {
    window.calls = [];
    window.mp.mountBanner(window.host, { locale: "en", acceptedVersion: "2018-05-24", now: "2027-01-02",
      onAccept: (r) => { window.calls.push(r.version); if (window.calls.length === 1) throw new Error("offline"); } });
  });
  await accept(page);
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.innerText(), /could not be saved/);
  assert.ok(await page.locator(".mp-banner").isVisible(), "the banner stays");
  await alert.getByRole("button", { name: "Try again" }).click();
  await confirmed(page);
  assert.deepEqual(await page.evaluate(() => window.calls), ["2026-11-26", "2026-11-26"]);
  await context.close();
});

test("onAccept rejects: busy while pending, then the alert; resolves: the banner closes", async () => {
  const { page, context } = await page0();
  await page.evaluate(() => {
    window.pending = [];
    window.mp.mountBanner(window.host, { locale: "en", acceptedVersion: "2018-05-24", now: "2027-01-02",
      onAccept: () => new Promise((resolve, reject) => window.pending.push({ resolve, reject })) });
  });
  await accept(page);
  await page.locator(".mp-banner[aria-busy=true] [role=status]").waitFor();
  await accept(page); // a second click while busy makes no second receipt
  assert.equal(await page.evaluate(() => window.pending.length), 1);
  await page.evaluate(() => window.pending[0].reject(new Error("HTTP 500")));
  await page.getByRole("alert").waitFor();
  await page.getByRole("button", { name: "Try again" }).click();
  await page.evaluate(() => window.pending[1].resolve());
  await confirmed(page);
  await context.close();
});

test("privacy-accepted: event.waitUntil holds the banner; a rejection shows the alert", async () => {
  const { page, context } = await page0();
  // The listener's save is a promise the test settles: the banner must wait for it, however long.
  await page.evaluate(() => {
    window.order = [];
    window.pending = [];
    window.host.addEventListener("privacy-accepted", (e) => {
      window.order.push("event");
      e.waitUntil(new Promise((resolve, reject) => window.pending.push({ resolve, reject })));
    });
    window.mp.mountBanner(window.host, { locale: "en", acceptedVersion: "2018-05-24", now: "2027-01-02",
      onAccept: () => { window.order.push("onAccept"); } });
    window.host.querySelector("[data-action=accept]").click();
    window.order.push(window.host.querySelector(".mp-banner")?.getAttribute("aria-busy"));
  });
  // Processed: the banner has left its busy state (or is gone); only then look at what it shows.
  const idle = () => !window.host.querySelector(".mp-banner[aria-busy=true]");
  await settled(page);
  assert.equal(await page.evaluate(idle), false, "still busy while the listener's promise is pending");
  await page.evaluate(() => window.pending[0].reject(new Error("no")));
  await page.waitForFunction(idle);
  assert.deepEqual(await page.evaluate(() => {
    window.order.push(window.host.querySelector("[role=alert]") ? "alert" : "no alert");
    return window.order;
  }), ["onAccept", "event", "true", "alert"]);
  await page.evaluate(() => window.host.querySelector("[role=alert] [data-action=accept]").click());
  await page.evaluate(() => window.pending[1].resolve());
  await page.waitForFunction(idle);
  const order = await page.evaluate(() => {
    window.order.push(window.host.querySelector(".mp-banner") ? "open" : "closed");
    window.order.push(window.host.querySelector(".mp-confirmation [role=status]") ? "confirmed" : "none");
    return window.order;
  });
  assert.deepEqual(order, ["onAccept", "event", "true", "alert", "onAccept", "event", "closed", "confirmed"]);
  await context.close();
});

test("privacy-later, privacy-banner-shown, privacy-comparison-opened and their callbacks", async () => {
  const { page, context } = await page0();
  const seen = await page.evaluate(() => {
    const seen = [];
    for (const name of ["privacy-later", "privacy-banner-shown", "privacy-comparison-opened"]) {
      document.addEventListener(name, (e) => seen.push([name, e.detail, e.bubbles, e.composed]));
    }
    const log = (name) => (d) => seen.push([name, d]);
    window.mp.mountBanner(window.host, { locale: "en", acceptedVersion: "2018-05-24", now: "2027-01-02",
      customer: { customerType: "private", profile: { email: "alice@example.nl" } },
      onShown: log("onShown"), onLater: log("onLater"), onComparisonOpened: log("onComparisonOpened") });
    window.host.querySelector("[data-action=toggle-comparison]").click();
    window.host.querySelector("[data-action=later]").click();
    return seen;
  });
  const d = { version: "2026-11-26", locale: "en" };
  assert.deepEqual(seen, [
    ["onShown", d], ["privacy-banner-shown", d, true, true],
    ["onComparisonOpened", d], ["privacy-comparison-opened", d, true, true],
    ["onLater", d], ["privacy-later", d, true, true],
  ]);
  assert.ok(!JSON.stringify(seen).includes("alice"), "no customer data in notices");
  await context.close();
});

test("the element: waitUntil, and an accepted element stays accepted (customer set, moved)", async () => {
  const { page, context } = await openPage(env, "/embed.html");
  const banner = page.locator("manetti-privacy-banner");
  await banner.locator(".mp-banner").waitFor();
  await page.evaluate(() => {
    window.receipts = [];
    window.pending = null;
    document.addEventListener("privacy-accepted", (e) => {
      window.receipts.push(e.detail.version);
      e.waitUntil(new Promise((resolve, reject) => { window.pending = { resolve, reject }; }));
    });
  });
  await banner.locator("[data-action=accept]").click();
  await banner.locator("[aria-busy=true]").waitFor();
  await page.evaluate(() => window.pending.reject(new Error("offline")));
  await banner.getByRole("alert").waitFor();
  await banner.locator("[role=alert] [data-action=accept]").click();
  await page.evaluate(() => window.pending.resolve());
  await banner.locator(".mp-confirmation [role=status]").waitFor();
  assert.equal(await banner.locator(".mp-banner").count(), 0, "the confirmation replaced the banner");
  await page.evaluate(async () => {
    const el = document.querySelector("manetti-privacy-banner");
    window.oldMount = el.shadowRoot.firstElementChild;
    el.customer = { customerType: "private", services: ["domain"] };
    document.body.append(el); // moved
    await el.render();
  });
  // The render has run (its promise settled, the shadow root holds a new mount); let the page
  // catch up with anything it queued, then look for a banner.
  await page.waitForFunction(() => {
    const root = document.querySelector("manetti-privacy-banner").shadowRoot;
    return root.firstElementChild && root.firstElementChild !== window.oldMount;
  });
  await settled(page);
  assert.equal(await banner.locator(".mp-banner").count(), 0, "no banner after re-render or move");
  assert.deepEqual(await page.evaluate(() => window.receipts), ["2026-11-26", "2026-11-26"]);
  await context.close();
});
