// The README's embedding snippet, as www/embed.html serves it under the strict CSP:
// custom elements in shadow roots, no style leaks, no network after load, no errors.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { start, openPage, axeViolations, wwwRoot } from "./browser.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

function snippet(text) {
  const match = text.match(/<!-- embed: begin -->[\s\S]*?<!-- embed: end -->/);
  assert.ok(match, "embed markers present");
  return match[0];
}

test("www/embed.html holds exactly the README's embedding snippet", () => {
  const readme = readFileSync(join(wwwRoot, "..", "README.md"), "utf8");
  const page = readFileSync(join(wwwRoot, "embed.html"), "utf8");
  assert.equal(snippet(page), snippet(readme));
});

async function rendered(page) {
  await page.locator("manetti-privacy-banner [role=region]").waitFor();
  await page.locator("manetti-privacy-policy h1").waitFor();
  await page.locator("manetti-your-data h2").waitFor();
}

test("the three elements render under the strict CSP, isolated, themable, without network", async () => {
  const { page, context, problems, requests } = await openPage(env, "/embed.html");
  await rendered(page);
  assert.ok((await page.locator("manetti-your-data .mp-your-data").innerText()).includes("Jan Jansen"));
  assert.ok((await page.locator("manetti-privacy-policy .mp-policy").innerText()).includes("Het creëren van een account"));

  const style = await page.evaluate(() => {
    const banner = document.querySelector("manetti-privacy-banner").shadowRoot;
    const accept = banner.querySelector("[data-action=accept]");
    const heading = banner.querySelector("h2");
    return {
      acceptBackground: getComputedStyle(accept).backgroundColor,
      headingColor: getComputedStyle(heading).color,
      hostColor: getComputedStyle(document.getElementById("decoy")).color,
      decoyBorder: getComputedStyle(document.getElementById("decoy")).borderLeftStyle,
      styleElements: document.querySelectorAll("style").length
        + [...document.querySelectorAll("manetti-privacy-banner, manetti-privacy-policy, manetti-your-data")]
          .reduce((n, el) => n + el.shadowRoot.querySelectorAll("style, [style]").length, 0),
      adopted: document.querySelector("manetti-privacy-policy").shadowRoot.adoptedStyleSheets.length,
    };
  });
  assert.equal(style.acceptBackground, "rgb(107, 46, 158)", "themed through --manetti-privacy-accent");
  assert.equal(style.hostColor, "rgb(160, 0, 0)", "the host page styles its own paragraphs");
  assert.notEqual(style.headingColor, style.hostColor, "host CSS does not leak in");
  assert.equal(style.decoyBorder, "none", "component CSS does not leak out");
  assert.equal(style.styleElements, 0, "no <style> or style= anywhere");
  assert.equal(style.adopted, 1);

  const loaded = requests.length;
  const banner = page.locator("manetti-privacy-banner");
  await banner.getByRole("button", { name: "Bekijk alle wijzigingen" }).click();
  await banner.locator("details.mp-text-changes ins").first().waitFor({ state: "attached" });
  // The comparison is a modal dialog: close it before using the rest of the page.
  await banner.getByRole("dialog").getByRole("button", { name: "Sluiten", exact: true }).click();
  await banner.getByRole("dialog").waitFor({ state: "detached" });
  await page.locator("manetti-privacy-policy").getByRole("button", { name: "English" }).click();
  await page.locator("manetti-privacy-policy").getByRole("heading", { name: "1.1. Creating an account" }).waitFor();
  await page.locator("manetti-privacy-policy").getByRole("link", { name: "2.4. Invoicing" }).click();
  assert.equal(await page.evaluate(() =>
    document.querySelector("manetti-privacy-policy").shadowRoot.activeElement?.id), "invoicing", "in-page link moves focus");
  await banner.getByRole("button", { name: "Gelezen" }).click();
  // Once the host has the receipt, only the confirmation is left, and it has the focus.
  const confirmation = banner.locator(".mp-confirmation [role=status]");
  await confirmation.waitFor();
  assert.match(await confirmation.innerText(), /^Bedankt\./);
  assert.equal(await banner.locator("[role=region], [data-action=accept], [data-action=later]").count(), 0);
  assert.equal(await page.evaluate(() =>
    document.querySelector("manetti-privacy-banner").shadowRoot.activeElement?.getAttribute("role")), "status");
  const receipt = JSON.parse(await page.evaluate(() => localStorage.getItem("manetti-privacy-embed-receipt")));
  assert.equal(receipt.version, "2026-11-26", "privacy-accepted reached the document");
  assert.deepEqual(requests.slice(loaded), [], "no request after the module loaded");
  assert.ok(requests.every((url) => url.startsWith(env.base)), "only same-origin requests");
  assert.deepEqual(problems, [], "no console errors, no CSP violations");
  await context.close();
});

for (const colorScheme of ["light", "dark"]) {
  test(`axe finds no WCAG 2.2 AA violation on the embedded elements (${colorScheme})`, async () => {
    const { page, context, problems } = await openPage(env, "/embed.html", { colorScheme });
    await rendered(page);
    await page.locator("manetti-privacy-banner").getByRole("button", { name: "Bekijk alle wijzigingen" }).click();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("a bad attribute renders an error state and logs one console error; nothing throws", async () => {
  const { page, context, problems } = await openPage(env, "/embed.html");
  await rendered(page);
  await page.evaluate(() => {
    const bad = document.createElement("manetti-privacy-policy");
    bad.id = "bad";
    bad.setAttribute("version", "2019-01-01");
    document.querySelector("main").append(bad);
  });
  const alert = page.locator("#bad [role=alert]");
  await alert.waitFor();
  assert.match(await alert.innerText(), /version: unknown value "2019-01-01"; expected one of "2018-05-24", "2026-11-26"/);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /^console: manetti-privacy: <manetti-privacy-policy>: options\.version: unknown value "2019-01-01"/);

  const yourData = page.locator("manetti-your-data");
  await page.evaluate(() => { document.querySelector("manetti-your-data").customer = { customerType: "private", services: ["domian"] }; });
  await yourData.locator("[role=alert]").waitFor();
  assert.match(await yourData.locator("[role=alert]").innerText(), /customer\.services\[0\]: unknown value "domian"/);
  assert.equal(problems.filter((p) => !p.startsWith("console: manetti-privacy:")).length, 0, "no uncaught errors");
  await context.close();
});

test("language: the lang attribute, else the closest ancestor's, else navigator.languages", async () => {
  const { page, context } = await openPage(env, "/embed.html", { locale: "en-GB" });
  await rendered(page);
  await page.evaluate(() => {
    const make = (parent, lang) => {
      const el = document.createElement("manetti-privacy-policy");
      if (lang) el.setAttribute("lang", lang);
      parent.append(el);
      return el;
    };
    const own = make(document.body, "en-US");
    const section = document.createElement("section");
    section.lang = "nl-BE";
    document.body.append(section);
    const inherited = make(section);
    document.documentElement.removeAttribute("lang");
    const fromNavigator = make(document.body);
    window.made = [own, inherited, fromNavigator];
  });
  // Each new element has rendered its policy.
  await page.waitForFunction(() => window.made.every((el) => el.shadowRoot.querySelector("#account-heading")));
  const titles = await page.evaluate(() => window.made.map((el) => el.shadowRoot.querySelector("#account-heading").textContent));
  assert.deepEqual(titles, ["1.1. Creating an account", "1.1. Het creëren van een account", "1.1. Creating an account"]);
  await context.close();
});
