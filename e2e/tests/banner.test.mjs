// The change banner end to end in the demo control panel: shown to a customer who
// accepted 24-05-2018, comparison on request, accept stores the receipt, gone after reload.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, openPage, axeViolations } from "./browser.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

// The 2026 version takes effect on 2027-01-01: the demo runs on the day before and on the day
// itself (`?now=`), so both headlines are tested on every run, whatever the clock says.
const SIDES = [
  ["2026-12-31", "We hebben 2 onjuiste zinnen in ons privacybeleid verbeterd. De rest gaat in op 1\u00a0januari\u00a02027."],
  ["2027-01-01", "Ons privacybeleid is op 1\u00a0januari\u00a02027 veranderd."],
];

for (const [now, headline] of SIDES) test(`on ${now}, a customer who accepted 24-05-2018 sees the banner, compares, accepts by keyboard, and it stays gone`, async () => {
  const { page, context, problems } = await openPage(env, `/?view=policy&now=${now}`);
  const banner = page.getByRole("region", { name: headline });
  await banner.waitFor();
  const summary = await banner.innerText();
  // What changes for this customer (the demo passes Jan's record), in full sentences.
  assert.ok(summary.includes("Voor jou:"), summary);
  assert.ok(summary.includes("Nu beschreven, en al zo: je gegevens kunnen via Google en Microsoft in de Verenigde Staten terechtkomen."), summary);
  // The transfers to Google and Microsoft existed in 2018: newly described, not new.
  assert.ok(!/Nieuw: Google/.test(summary), summary);
  assert.ok(!/Nieuw: Je rechten/.test(summary), summary);
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true, "focus not stolen");

  await banner.getByRole("button", { name: "Bekijk alle wijzigingen" }).click();
  const comparison = page.locator("#mp-banner-comparison");
  await comparison.waitFor();
  assert.ok(await comparison.locator("del", { hasText: "betaalt" }).count() > 0);
  assert.ok(await comparison.locator("ins", { hasText: "betaald" }).count() > 0);
  assert.deepEqual(await axeViolations(page), []);

  // Keyboard only: Tab until the accept button has focus, then Enter.
  for (let i = 0; i < 40; i++) {
    if (await page.evaluate(() => document.activeElement?.dataset?.action === "accept")) break;
    await page.keyboard.press("Tab");
  }
  assert.equal(await page.evaluate(() => document.activeElement?.dataset?.action), "accept");
  await page.keyboard.press("Enter");
  await banner.waitFor({ state: "detached" });
  const receipt = JSON.parse(await page.evaluate(() => localStorage.getItem("manetti-privacy-demo-receipt")));
  assert.equal(receipt.version, "2026-11-26");
  assert.equal(receipt.locale, "nl");
  assert.match(receipt.contentSha256, /^[0-9a-f]{64}$/);
  assert.ok(!Number.isNaN(Date.parse(receipt.acceptedAt)));

  await page.reload();
  await page.locator("#policy-host h1").waitFor();
  assert.equal(await page.locator("#banner-host").innerHTML(), "");
  assert.equal(await page.locator("#accepted-version").innerText(), "2026-11-26");
  assert.deepEqual(problems, []);
  await context.close();
});

test("later hides the banner without storing an acceptance", async () => {
  const { page, context, problems } = await openPage(env, "/?lang=en");
  const later = page.locator("#banner-host").getByRole("button", { name: "Later" });
  await later.click();
  assert.equal(await page.locator("#banner-host [role=region]").count(), 0);
  assert.equal(await page.evaluate(() => localStorage.getItem("manetti-privacy-demo-receipt")), null);
  await page.reload();
  await page.locator("#banner-host [role=region]").waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
