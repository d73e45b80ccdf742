// Attacks links and dates: javascript:, data: and vbscript: URLs in policyUrl and policy-url,
// a later policy-url change, `now` with garbage after the date, and the Dutch midnight.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, openPage } from "./browser.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const BAD = ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "  javascript:alert(1)", "java\nscript:alert(1)",
  "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "\u0001javascript:alert(1)"];

test("policyUrl accepts only http:, https: and relative URLs", async () => {
  const { page, context } = await openPage(env, "/policy.en.html");
  const result = await page.evaluate(async (bad) => {
    const mp = await import("/pkg/manetti_privacy.js");
    await mp.default();
    const customer = { customerType: "private", services: ["domain"] };
    const out = {};
    for (const url of bad) {
      try { mp.mountYourData(document.createElement("div"), { customer, policyUrl: url }); out[url] = "accepted"; }
      catch (e) { out[url] = e.message; }
    }
    const host = document.createElement("div");
    mp.mountYourData(host, { customer, policyUrl: "policy.nl.html" });
    // Our own links; the one external link is the supervisory authority's, a constant.
    const hrefs = [...host.querySelectorAll("a[href]:not([rel=external])")].map((a) => a.getAttribute("href"));
    return { out, hrefs };
  }, BAD);
  for (const url of BAD) assert.match(result.out[url], /^options\.policyUrl: .* is not an http:, https: or relative URL$/s, url);
  assert.ok(result.hrefs.length > 0 && result.hrefs.every((h) => /^http:\/\/127\.0\.0\.1:\d+\/policy\.nl\.html#/.test(h)), result.hrefs[0]);
  await context.close();
});

test("policy-url: a javascript: value is an error; a later change is observed", async () => {
  const { page, context } = await openPage(env, "/embed.html");
  const el = page.locator("manetti-your-data");
  await page.evaluate(() => { document.querySelector("manetti-your-data").customer = { customerType: "private", services: ["domain"] }; });
  await el.locator("a[href*='policy.nl.html#']").first().waitFor();
  await page.evaluate(() => document.querySelector("manetti-your-data").setAttribute("policy-url", "policy.en.html"));
  await el.locator("a[href*='policy.en.html#']").first().waitFor();
  await page.evaluate(() => document.querySelector("manetti-your-data").setAttribute("policy-url", " JavaScript:alert(1)"));
  await el.getByRole("alert").waitFor();
  assert.equal(await el.locator("a[href^='javascript' i]").count(), 0);
  await context.close();
});

test("now must be exactly YYYY-MM-DD and a real day", async () => {
  const { page, context } = await openPage(env, "/policy.en.html");
  const out = await page.evaluate(async () => {
    const mp = await import("/pkg/manetti_privacy.js");
    await mp.default();
    return ["2027-01-01Tgarbage", "2027-01-01T00:00:00Z", "2027-02-29", "2027-1-1", "2028-02-29"].map((now) => {
      try { mp.changesSince(null, "nl", { now }); return "ok"; } catch (e) { return e.message; }
    });
  });
  assert.match(out[0], /^options\.now: "2027-01-01Tgarbage" is not an ISO date/);
  assert.match(out[1], /^options\.now: /);
  assert.match(out[2], /^options\.now: /);
  assert.match(out[3], /^options\.now: /);
  assert.equal(out[4], "ok");
  await context.close();
});

for (const [utc, inEffect] of [["2026-12-31T22:59:59Z", false], ["2026-12-31T23:00:00Z", true], ["2027-01-01T00:30:00Z", true]]) {
  test(`today is the date in Amsterdam: at ${utc} the 2027 version is ${inEffect ? "" : "not "}in effect`, async () => {
    const { page, context } = await openPage(env, "/policy.en.html");
    await page.clock.setFixedTime(new Date(utc));
    const result = await page.evaluate(async () => {
      const mp = await import("/pkg/manetti_privacy.js");
      await mp.default();
      return mp.changesSince("2018-05-24", "en").inEffect;
    });
    assert.equal(result, inEffect);
    await context.close();
  });
}
