// Embedding controls (issue 11) on the custom elements, against the release package under the
// strict CSP: the `now`, `compare`, `hide-language-switch` and `customer-json` attributes (each
// re-renders on change), a package without a .gitignore, and `.atom` served as Atom.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { start, openPage, wwwRoot } from "./browser.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/**
 * Opens /embed.html (the package's elements, defined under the CSP), then replaces its body with
 * `html`. `html` is test markup only: no data from outside the test.
 */
async function withElements(html) {
  const opened = await openPage(env, "/embed.html");
  await opened.page.locator("manetti-privacy-policy h1").waitFor();
  await opened.page.evaluate((markup) => {
    const template = document.createElement("template");
    template.innerHTML = markup; // the test's own markup, no outside data
    document.querySelector("main").replaceChildren(template.content);
  }, html);
  return opened;
}

/** The rendered text of the element `selector` (its shadow root), once it has rendered. */
async function textOf(page, selector, inner = ".mp-policy, .mp-banner, [role=region], [role=alert], .mp-your-data") {
  const locator = page.locator(`${selector} :is(${inner})`).first();
  await locator.waitFor();
  return locator.innerText();
}

test("now: the server's date picks the version in effect, and a bad date renders the error", async () => {
  const { page, context } = await withElements(`
    <manetti-privacy-policy id="later" lang="en" now="2027-02-01"></manetti-privacy-policy>
    <manetti-privacy-policy id="new" lang="en" version="2026-11-26"></manetti-privacy-policy>
    <manetti-privacy-policy id="old" lang="en" version="2018-05-24"></manetti-privacy-policy>
    <manetti-privacy-policy id="before" lang="en" now="2026-12-01"></manetti-privacy-policy>
    <manetti-privacy-banner id="b1" lang="en" accepted-version="2018-05-24" now="2026-12-01"></manetti-privacy-banner>
    <manetti-privacy-banner id="b2" lang="en" accepted-version="2018-05-24" now="2027-02-01"></manetti-privacy-banner>
    <manetti-privacy-banner id="bad" now="2026-13-01" accepted-version="2018-05-24"></manetti-privacy-banner>
    <manetti-your-data id="ybad" now="1.1.2027" customer-json="c"></manetti-your-data>
    <script type="application/json" id="c">{"customerType":"private"}</script>`);
  const version = (id) => textOf(page, `#${id}`, ".mp-version");
  assert.equal(await version("later"), await version("new"), "in effect on 2027-02-01: the 2026 text");
  assert.equal(await version("before"), await version("old"), "in effect on 2026-12-01: the 2018 text");
  const [b1, b2] = [await textOf(page, "#b1", "[role=region]"), await textOf(page, "#b2", "[role=region]")];
  assert.notEqual(b1, b2, "the banner says 'takes effect' before and 'in effect' after the date");
  assert.match(await textOf(page, "#bad", "[role=alert]"), /now/);
  assert.match(await textOf(page, "#ybad", "[role=alert]"), /now/);
  // A change of the attribute re-renders.
  await page.evaluate(() => document.getElementById("before").setAttribute("now", "2027-02-01"));
  await page.waitForFunction(() => {
    const text = (id) => document.getElementById(id).shadowRoot.querySelector(".mp-version")?.textContent;
    return text("before") === text("new");
  });
  await context.close();
});

test("hide-language-switch hides the policy's own switch, and shows it again when removed", async () => {
  const { page, context, problems } = await withElements(`
    <manetti-privacy-policy id="p" lang="en" hide-language-switch></manetti-privacy-policy>`);
  const policy = page.locator("#p");
  await policy.locator("h1").waitFor();
  assert.equal(await policy.locator(".mp-languages").count(), 1, "the switch is rendered");
  assert.equal(await policy.locator(".mp-languages").isVisible(), false, "hidden");
  assert.equal(await policy.getByRole("button", { name: "Nederlands" }).count(), 0, "not in the accessibility tree");
  await page.evaluate(() => document.getElementById("p").removeAttribute("hide-language-switch"));
  await policy.locator(".mp-languages").waitFor({ state: "visible" });
  assert.deepEqual(problems, []);
  await context.close();
});

test("compare opens the policy on the comparison, and follows the attribute", async () => {
  const { page, context, problems } = await withElements(`
    <manetti-privacy-policy id="p" lang="en"></manetti-privacy-policy>`);
  const policy = page.locator("#p");
  await policy.locator("h1").waitFor();
  assert.equal(await policy.locator("ins, del").count(), 0, "no comparison without the attribute");
  await page.evaluate(() => document.getElementById("p").setAttribute("compare", "2018-05-24"));
  // The word runs are there, behind the closed "changes to the text" disclosure.
  await policy.locator("details.mp-text-changes ins").first().waitFor({ state: "attached" });
  await page.evaluate(() => document.getElementById("p").setAttribute("compare", "1999-01-01"));
  assert.match(await textOf(page, "#p", "[role=alert]"), /compare/);
  assert.equal(problems.filter((p) => !p.includes("compare")).length, 0);
  await context.close();
});

test("customer-json reads the record from a JSON script; bad JSON is an error; the property wins", async () => {
  const { page, context } = await withElements(`
    <script type="application/json" id="customer-data">{"customerType":"private",
      "profile":{"firstName":"Jan","lastName":"Jansen","email":"jan@example.nl"},"services":["domain"]}</script>
    <script type="application/json" id="broken">{"customerType": </script>
    <manetti-your-data id="y" customer-json="customer-data"></manetti-your-data>
    <manetti-your-data id="bad" customer-json="broken"></manetti-your-data>
    <manetti-your-data id="missing" customer-json="nowhere"></manetti-your-data>
    <manetti-privacy-banner id="b" accepted-version="2018-05-24" customer-json="broken"></manetti-privacy-banner>`);
  assert.match(await textOf(page, "#y", ".mp-your-data"), /Jan Jansen/);
  assert.match(await textOf(page, "#bad", "[role=alert]"), /customer-json: #broken is not JSON/);
  assert.match(await textOf(page, "#missing", "[role=alert]"), /customer-json: no <script/);
  assert.match(await textOf(page, "#b", "[role=alert]"), /customer-json/);
  assert.equal(await page.locator("#bad .mp-your-data").count(), 0, "no data beside the error");
  // The property wins over the attribute.
  await page.evaluate(() => {
    document.getElementById("bad").customer = { customerType: "private", profile: { firstName: "Piet", lastName: "Puk" } };
  });
  await page.locator("#bad .mp-your-data").getByText("Piet Puk").first().waitFor();
  // Pointing the attribute at another script re-renders.
  await page.evaluate(() => document.getElementById("missing").setAttribute("customer-json", "customer-data"));
  await page.locator("#missing .mp-your-data").getByText("Jan Jansen").first().waitFor();
  await context.close();
});

test("the package has no .gitignore that hides it from git add", () => {
  assert.ok(existsSync(join(wwwRoot, "pkg", "manetti_privacy.js")), "the package is built");
  assert.ok(!existsSync(join(wwwRoot, "pkg", ".gitignore")), "www/pkg/.gitignore");
  assert.ok(!existsSync(join(wwwRoot, "pkg", "server", ".gitignore")), "www/pkg/server/.gitignore");
});

test("the demo server serves .atom as application/atom+xml", async () => {
  const response = await fetch(`${env.base}/changes.nl.atom`);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get("content-type"), "application/atom+xml");
  assert.match(await response.text(), /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
});
