// The kit in the browser: verifyReceipt and needsAcceptance give the same answers in Chromium
// as in Node, and the static policy page links its Atom feed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { start, openPage, wwwRoot } from "./browser.mjs";

let env, mp;
before(async () => {
  env = await start();
  mp = await import(join(wwwRoot, "pkg", "manetti_privacy.js"));
  await mp.default({ module_or_path: readFileSync(join(wwwRoot, "pkg", "manetti_privacy_bg.wasm")) });
});
after(async () => { await env?.stop(); });

function cases() {
  const manifest = JSON.parse(readFileSync(join(wwwRoot, "versions.json"), "utf8"));
  const out = [];
  for (const v of manifest.versions) {
    for (const locale of manifest.locales) {
      const good = { version: v.id, locale, acceptedAt: "2026-11-26T09:30:00+01:00", contentSha256: v.contentSha256[locale] };
      out.push(good, { ...good, acceptedAt: "2026-11-26T25:00:00Z" }, { ...good, contentSha256: good.contentSha256.toUpperCase() },
        { ...good, locale: "fr" }, { ...good, extra: 1 });
    }
  }
  return out.concat([null, 7, "receipt", [], {}]);
}

test("verifyReceipt and needsAcceptance answer the same in Chromium and in Node", async () => {
  const receipts = cases();
  const { page, context, problems } = await openPage(env, "/policy.en.html");
  const ids = mp.versions().map((v) => v.id);
  const days = ["2018-05-23", "2026-11-19", "2026-11-26", "2026-12-31", "2027-01-01", "2030-01-01"];
  const browser = await page.evaluate(async ({ receipts, ids, days }) => {
    const mp = await import("/pkg/manetti_privacy.js");
    await mp.default();
    return {
      verdicts: receipts.map((r) => mp.verifyReceipt(r)),
      decisions: [null, ...ids].flatMap((a) => days.map((now) => mp.needsAcceptance(a, { now }))),
    };
  }, { receipts, ids, days });
  assert.deepEqual(browser.verdicts, receipts.map((r) => mp.verifyReceipt(r)));
  assert.deepEqual(browser.decisions, [null, ...ids].flatMap((a) => days.map((now) => mp.needsAcceptance(a, { now }))));
  assert.equal(browser.verdicts.filter((v) => v.valid).length, ids.length * 2);
  // The static page links its feed.
  const feed = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute("href");
  assert.equal(feed, "changes.en.atom");
  const response = await page.request.get(`${env.base}/${feed}`);
  assert.equal(response.status(), 200);
  assert.match(await response.text(), /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("server-rendered banner HTML shows before the module loads, and the element takes over in place", async () => {
  const server = await import(join(wwwRoot, "pkg", "server", "manetti_privacy.js"));
  await server.default({ module_or_path: readFileSync(join(wwwRoot, "pkg", "server", "manetti_privacy_bg.wasm")) });
  const first = server.versions()[0].id;
  const html = server.renderBannerHtml(first, "en");
  assert.ok(html.length > 0);
  const { page, context, problems } = await openPage(env, "/policy.en.html");
  const before = await page.evaluate(({ html, first }) => {
    const host = document.createElement("manetti-privacy-banner");
    host.setAttribute("accepted-version", first);
    host.setAttribute("lang", "en");
    host.innerHTML = html; // the server's markup, as a template would put it in the page
    document.body.prepend(host);
    const button = host.querySelector('button[data-action="accept"]');
    return { visible: button.getClientRects().length > 0, headline: host.querySelector("h2").textContent };
  }, { html, first });
  assert.equal(before.visible, true);
  await page.evaluate(() => import("/pkg/manetti-privacy-elements.js"));
  await page.waitForFunction(() => document.querySelector("manetti-privacy-banner").shadowRoot?.querySelector("section.mp-banner"));
  const after = await page.evaluate(() => {
    const host = document.querySelector("manetti-privacy-banner");
    const light = host.querySelector('button[data-action="accept"]');
    const shadow = host.shadowRoot.querySelector('button[data-action="accept"]');
    return {
      lightVisible: light.getClientRects().length > 0,
      shadowVisible: shadow.getClientRects().length > 0,
      headline: host.shadowRoot.querySelector("h2").textContent,
    };
  });
  assert.deepEqual(after, { lightVisible: false, shadowVisible: true, headline: before.headline });
  assert.deepEqual(problems, []);
  await context.close();
});
