// The policy page end to end: the demo control panel and the static website pages.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { start, openPage, axeViolations, wwwRoot } from "./browser.mjs";
import { join } from "node:path";

const seed = readFileSync(new URL("../../tests/seed/privacy-policy-2018-05-24.nl.txt", import.meta.url), "utf8");
// The 2018 version is in effect until the 2026 version takes effect on 2027-01-01; after that
// the 2018 pages keep their text under their versioned names. Which name the 2018 page has
// depends on the day the static pages were built, not on the clock of this run.
const static2018 = existsSync(join(wwwRoot, "policy.nl.2018-05-24.html"))
  ? "/policy.nl.2018-05-24.html" : "/policy.nl.html";
// The control panel runs on either side of 2027-01-01 (`?now=`), on every run.
const SIDES = [
  ["2026-12-31", ["zodat we weten dat er betaalt is voor de diensten die je gebruikt",
    "Bovenaan dit document staat de laatste wijzigingsdatum vermeldt."]],
  ["2027-01-01", ["zodat we weten dat er betaald is voor de diensten die je gebruikt",
    "Je rechten onder de AVG"]],
];

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

for (const [now, lines] of SIDES) test(`on ${now}, the control panel shows the Dutch policy in effect and switches to English`, async () => {
  const { page, context, problems } = await openPage(env, `/?view=policy&now=${now}`);
  const host = page.locator("#policy-host");
  await host.locator("h1").waitFor();
  const text = await host.innerText();
  for (const line of ["Het creëren van een account", ...lines]) {
    assert.ok(text.includes(line), `missing: ${line}`);
  }
  // One language switch: the panel's. The policy's own switch is hidden in the panel.
  assert.equal(await host.getByRole("button", { name: "English" }).count(), 0);
  await page.selectOption("#panel-locale", "en");
  await host.getByRole("heading", { name: "1.1. Creating an account" }).waitFor();
  assert.ok((await host.innerText()).includes("The Dutch text of this policy is the authoritative one"));
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the static Dutch 2018 page reads in full with JavaScript off", async () => {
  const { page, context, problems } = await openPage(env, static2018, { javaScriptEnabled: false });
  assert.equal(await page.locator("main").getAttribute("data-version"), "2018-05-24");
  const text = await page.locator("main").innerText();
  for (const line of seed.split("\n").filter((l) => l.trim())) {
    const shown = line.startsWith("- ") ? line.slice(2) : line;
    assert.ok(text.includes(shown), `static page lacks: ${shown}`);
  }
  await page.getByRole("link", { name: "English" }).click();
  await page.getByRole("heading", { name: "1.1. Creating an account" }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test("the static page needs no script to be read: its only script is the external enhancement", () => {
  for (const locale of ["nl", "en"]) {
    const html = readFileSync(join(wwwRoot, `policy.${locale}.html`), "utf8");
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    assert.deepEqual(scripts, ['<script type="module" src="policy-page.js">']);
    assert.ok(!/ style=/.test(html), "no inline style attributes");
    assert.ok(html.includes(locale === "nl" ? "Het creëren van een account" : "Creating an account"));
  }
});

test("with JavaScript on, the module takes the static page over without errors", async () => {
  const { page, context, problems } = await openPage(env, "/policy.en.html");
  const nl = page.locator("#policy-root button[data-locale='nl']");
  await nl.waitFor();
  await nl.press("Enter");
  await page.getByRole("heading", { name: "1.1. Het creëren van een account" }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.locale), "nl", "focus stays on the switch");
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});
