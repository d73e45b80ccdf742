// The banner as a notice (issue 12): a never-accepted customer gets a link to the policy; the
// comparison opens in a modal dialog whose actions stay reachable and which gives the focus
// back; the answer is confirmed in a status that takes the focus; nothing scrolls sideways
// at 320 and 375 px; axe finds nothing in light, dark and with the dialog open.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, openPage, axeViolations, settled } from "./browser.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const READY = "#policy-host h1";

test("a customer who never accepted gets a link to the policy", async () => {
  const { page, context, problems } = await openPage(env, "/?now=2026-11-26&accepted=none");
  const banner = page.locator("#banner-host section.mp-banner");
  await banner.waitFor();
  const link = banner.getByRole("link", { name: "Lees het privacybeleid" });
  assert.equal(await link.getAttribute("href"), new URL("/policy.nl.html", env.base).href);
  assert.equal(await banner.getByRole("button", { name: "Gelezen" }).count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the comparison dialog keeps its actions in view, and gives the focus back", async () => {
  const { page, context, problems } = await openPage(env, "/?now=2026-11-26", { viewport: { width: 375, height: 667 } });
  const opener = page.locator("#banner-host").getByRole("button", { name: "Bekijk alle wijzigingen" });
  await opener.click();
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  assert.equal(await dialog.evaluate((d) => d.matches(":modal")), true, "modal");
  // Focus is in the dialog, on its heading.
  assert.equal(await page.evaluate(() => document.activeElement.id), "mp-banner-comparison-heading");
  // Scroll the text to its end: the actions stay inside the viewport.
  await page.locator(".mp-dialog-body").evaluate((b) => { b.scrollTop = b.scrollHeight; });
  for (const name of ["Gelezen", "Later", "Sluiten"]) {
    const box = await dialog.getByRole("button", { name, exact: true }).boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= 667, `${name} in view: ${JSON.stringify(box)}`);
  }
  const frame = await dialog.boundingBox();
  assert.ok(frame.height <= 667, `the dialog fits the screen: ${frame.height}`);
  await dialog.getByRole("button", { name: "Sluiten", exact: true }).click();
  await dialog.waitFor({ state: "detached" });
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.action), "toggle-comparison");
  // Escape closes it too; one click opens it again.
  await opener.click();
  await dialog.waitFor();
  await page.keyboard.press("Escape");
  assert.equal(await dialog.isVisible(), false);
  await opener.click();
  assert.equal(await page.getByRole("dialog").isVisible(), true);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [answer, expected] of [["Gelezen", /^Bedankt\. Je hebt het privacybeleid van .+ gelezen\.$/], ["Later", /^Goed\./]]) {
  test(`after "${answer}" a confirmation takes the focus and can be dismissed`, async () => {
    const { page, context, problems } = await openPage(env, "/?now=2026-11-26");
    await page.locator("#banner-host").getByRole("button", { name: answer, exact: true }).click();
    const status = page.locator("#banner-host [role=status]");
    await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "status");
    assert.match(await status.innerText(), expected);
    await page.locator("#banner-host").getByRole("button", { name: "Sluiten" }).click();
    await status.waitFor({ state: "detached" });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

for (const width of [320, 375]) {
  // Every component on the page has rendered (the banner mounts before the policy and your data).
  for (const [name, path, ready] of [
    ["banner and policy", "/?now=2026-11-26", ["#banner-host section.mp-banner", READY]],
    ["your data", "/?view=your-data&now=2026-11-26", ["#banner-host section.mp-banner", "#your-data-host h2"]],
    ["custom elements", "/embed.html",
      ["manetti-privacy-banner [role=region]", "manetti-privacy-policy h1", "manetti-your-data h2"]],
  ]) {
    test(`${name} at ${width} px: nothing scrolls sideways`, async () => {
      const { page, context } = await openPage(env, path, { viewport: { width, height: 700 } });
      for (const selector of ready) await page.locator(selector).first().waitFor();
      await settled(page);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= width, `scrollWidth ${wide} > ${width}`);
      await context.close();
    });
  }
}

test("at 375 px the banner, its buttons included, fits the first screen and leaves room", async () => {
  for (const height of [667, 812]) {
    const { page, context } = await openPage(env, "/?now=2026-11-26", { viewport: { width: 375, height } });
    const box = await page.locator("#banner-host section.mp-banner").boundingBox();
    // It says what changes for the customer in full sentences: at most two thirds of the
    // screen, and its last button above the fold.
    assert.ok(box.height < (height * 2) / 3, `${height}: banner ${box.height} px tall`);
    const later = await page.locator("#banner-host [data-action=later]").boundingBox();
    assert.ok(later.y + later.height <= height, `${height}: Later at ${JSON.stringify(later)}`);
    await context.close();
  }
});

for (const colorScheme of ["light", "dark"]) {
  test(`axe: banner ${colorScheme}, and with the dialog open`, async () => {
    const { page, context, problems } = await openPage(env, "/?now=2026-11-26", { colorScheme });
    await page.locator(READY).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await page.locator("#banner-host").getByRole("button", { name: "Bekijk alle wijzigingen" }).click();
    await page.getByRole("dialog").waitFor();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

for (const [width, height] of [[1280, 800], [375, 667]]) {
  test(`the policy's compare view scrolls to its heading and focuses it, and back gives the focus to the title (${width} px)`, async () => {
    const { page, context, problems } = await openPage(env, "/?now=2026-11-26", { viewport: { width, height } });
    await page.locator(READY).waitFor();
    // The compare buttons are in the version history, at the end of the page.
    const compare = page.locator("#policy-host").getByRole("button", { name: /^Vergelijk/ }).first();
    await compare.scrollIntoViewIfNeeded();
    await compare.click();
    await page.waitForFunction(() => document.activeElement?.id === "comparison-heading");
    const box = await page.locator("#comparison-heading").boundingBox();
    assert.ok(box.y >= 8 && box.y <= 80, `the heading is near the top of the screen: ${JSON.stringify(box)}`);
    // The "back" button above the heading stays in view (scroll-margin-top).
    const back = await page.locator("#policy-host").getByRole("button", { name: "Terug naar de volledige tekst" }).boundingBox();
    assert.ok(back.y >= 0 && back.y + back.height <= box.y, `the back button is in view: ${JSON.stringify(back)}`);
    assert.equal(await page.locator("#policy-host .mp-languages").isVisible(), false, "one language switch");
    await page.locator("#policy-host").getByRole("button", { name: "Terug naar de volledige tekst" }).click();
    await page.waitForFunction(() => document.activeElement?.tagName === "H1");
    assert.equal(await page.evaluate(() => document.activeElement.closest("#policy-host") !== null), true);
    const title = await page.locator("#policy-host h1").boundingBox();
    assert.ok(title.y >= 0 && title.y + title.height <= height, `the title is in view: ${JSON.stringify(title)}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("the banner lines up with the content below it", async () => {
  for (const width of [1280, 375]) {
    const { page, context } = await openPage(env, "/?now=2026-11-26", { viewport: { width, height: 800 } });
    await page.locator(READY).waitFor();
    const banner = await page.locator("#banner-host section.mp-banner").boundingBox();
    const title = await page.locator("#policy-host h1").boundingBox();
    assert.equal(Math.round(banner.x), Math.round(title.x), `${width} px: left edges`);
    const text = await page.locator("#policy-host .mp-p").first().boundingBox();
    assert.ok(Math.abs(banner.x + banner.width - (text.x + text.width)) <= 1, `${width} px: right edges ${JSON.stringify([banner, text])}`);
    await context.close();
  }
});
