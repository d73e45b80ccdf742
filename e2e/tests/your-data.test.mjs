// "Your data" end to end: sample customers, both languages, JSON download, bad records; the
// layered notice (issue 12): the short answer first, the detail in closed disclosures that
// the keyboard opens, the tense of the changes, no sideways scrolling, axe in light and dark.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { start, openPage, axeViolations } from "./browser.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const headings = (page) => page.locator("#your-data-host h4").allInnerTexts();

test("switching sample customers shows each one's own data (nl)", async () => {
  const { page, context, problems } = await openPage(env, "/?view=your-data");
  const host = page.locator("#your-data-host");
  await host.locator("h2").waitFor();
  let text = await host.innerText();
  assert.ok((await headings(page)).includes("Geslacht"), "Jan has a domain name: gender");
  assert.ok(text.includes("Microsoft (Office 365)") && text.includes("Jan Jansen"));
  assert.ok(!text.includes("Certificaatautoriteiten") && !text.includes("incassobureau"));
  assert.deepEqual(await axeViolations(page), []);

  await page.getByLabel("Voorbeeldklant").selectOption("devries");
  await host.getByText("Certificaatautoriteiten").first().waitFor();
  text = await host.innerText();
  assert.ok(text.includes("onze datacenterleverancier") && text.includes("Gegevens over een rechtspersoon, zoals een bv, vallen op zich niet onder de AVG"));
  assert.ok(!(await headings(page)).includes("Geslacht"), "no domain name: no gender");

  await page.getByLabel("Voorbeeldklant").selectOption("piet");
  await host.getByText("Het incassobureau waarmee we samenwerken").first().waitFor();
  assert.ok((await headings(page)).includes("IP-adres"), "an error report holds the IP address");
  assert.ok(!(await host.innerText()).includes("Certificaatautoriteiten"), "Let's Encrypt only");
  assert.deepEqual(problems, []);
  await context.close();
});

test("in English, with a JSON download built in the browser", async () => {
  const { page, context, problems, requests } = await openPage(env, "/?view=your-data&lang=en", { acceptDownloads: true });
  const host = page.locator("#your-data-host");
  await host.getByRole("heading", { name: "What our policy says about your data" }).waitFor();
  assert.ok((await host.innerText()).includes("What changes for you"), "accepted 2018: changes shown");
  const before = requests.length;
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    host.getByRole("button", { name: "Download (machine-readable, JSON)" }).click(),
  ]);
  const data = JSON.parse(await readFile(await download.path(), "utf8"));
  assert.equal(data.locale, "en");
  assert.equal(data.customerType, "private");
  assert.ok(data.held.some((i) => i.category.id === "gender" && i.value === "man"));
  assert.ok(download.suggestedFilename().endsWith(".json"));
  assert.deepEqual(requests.slice(before).filter((u) => !u.startsWith("blob:")), [], "no network request");

  await page.emulateMedia({ media: "print" });
  assert.equal(await host.getByRole("button", { name: "Download (machine-readable, JSON)" }).isVisible(), false, "print hides the buttons");
  assert.equal(await page.locator(".panel-header").isVisible(), false, "print hides the panel chrome");
  assert.ok(await host.locator("h4", { hasText: /^Name$/ }).isVisible(), "print keeps the data");
  assert.ok(await host.getByText("Knowing who we do business with").isVisible(), "print opens the disclosures");
  await page.emulateMedia({ media: "screen" });
  assert.deepEqual(problems, []);
  await context.close();
});

test("a bad record gets a clear error and empties the view (never the previous customer)", async () => {
  const { page, context } = await openPage(env, "/?view=your-data&lang=en");
  const host = page.locator("#your-data-host");
  await host.locator("h2").waitFor();
  const before = await host.innerText();
  await page.locator("#your-data-page summary", { hasText: "Your own customer record" }).click();
  await page.getByLabel("Customer record").fill('{"customerType":"private","services":["domian"]}');
  await page.getByRole("button", { name: "Apply" }).click();
  const alert = page.getByRole("alert");
  await alert.getByText('customer.services[0]: unknown value "domian"; expected one of "domain"', { exact: false }).waitFor();
  assert.notEqual(before, "");
  assert.equal(await host.innerText(), "");
  await context.close();
});

test("the short answer comes first; the detail is closed and opens by keyboard", async () => {
  const { page, context, problems } = await openPage(env, "/?view=your-data&lang=en&now=2026-11-26");
  const host = page.locator("#your-data-host");
  const first = host.locator(".mp-first");
  await first.waitFor();
  const text = await first.innerText();
  assert.match(text, /The policy names 12 kinds of data that we hold, or may hold, about you\./);
  assert.match(text, /These organisations receive some of it: .*domain name registries.*Microsoft \(Office 365\)/s);
  assert.match(text, /The longest period the policy states: seven years \(Dutch tax law\), for your invoices \(2\.4\. Invoicing\)\./);
  // The first layer is above the detail, and the print button comes before the download.
  const firstBox = await first.boundingBox();
  const detailBox = await host.locator("details").first().boundingBox();
  assert.ok(firstBox.y + firstBox.height <= detailBox.y, "first layer above the detail");
  assert.deepEqual(await host.locator(".mp-actions button").allInnerTexts(), ["Print or save as PDF", "Download (machine-readable, JSON)"]);
  // Every disclosure is closed: the facts are not shown.
  const details = host.locator("details");
  assert.ok(await details.count() >= 12);
  assert.equal(await host.locator("details[open]").count(), 0, "closed by default");
  assert.equal(await host.getByText("Knowing who we do business with").isVisible(), false);
  // An unknown value says so, in the summary.
  assert.ok(await host.locator("summary", { hasText: "Billing address: not known in your account" }).isVisible());
  // After the buttons: what this is not (a copy, art. 15(3)), and where to go from here.
  assert.match(await host.locator(".mp-actions + p").innerText(), /not a copy of your data itself \(GDPR Article 15\(3\)\)/);
  // On 2026-11-26 the version in effect is 2018's, which lists no rights: no link to them.
  assert.deepEqual(await host.locator(".mp-links a").allInnerTexts(), [
    "Ask for access to, or a copy of, your data",
    "Complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens)",
  ]);
  // Tab from the download button passes the links and reaches the first disclosure; Enter
  // opens it, Space closes it.
  await host.getByRole("button", { name: "Download (machine-readable, JSON)" }).focus();
  const order = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press("Tab");
    order.push(await page.evaluate(() => document.activeElement.tagName));
  }
  assert.deepEqual(order, ["A", "A", "SUMMARY"]);
  assert.match(await page.evaluate(() => document.activeElement.textContent), /^Name: Jan Jansen$/);
  await page.keyboard.press("Enter");
  await host.getByText("Knowing who we do business with").waitFor();
  assert.equal(await details.first().getAttribute("open"), "");
  await page.keyboard.press("Space");
  await host.getByText("Knowing who we do business with").waitFor({ state: "hidden" });
  assert.deepEqual(problems, []);
  await context.close();
});

test("the changes read in the tense of the day, those that concern you first (nl)", async () => {
  for (const [now, heading, intro] of [
    ["2026-11-26", "Wat er voor jou verandert", /^Ons privacybeleid verandert op 1.januari.2027\.$/],
    ["2027-01-02", "Wat er voor jou is veranderd", /^Ons privacybeleid is op 1.januari.2027 veranderd\.$/],
  ]) {
    const { page, context, problems } = await openPage(env, `/?view=your-data&now=${now}`);
    const host = page.locator("#your-data-host");
    const h3 = host.getByRole("heading", { name: heading, exact: true });
    await h3.waitFor();
    const p = host.locator("h3 + p").first();
    assert.match(await p.innerText(), intro);
    // Jan has Office 365 and visited the website: the transfers outside the EEA through
    // Google and Microsoft concern him, so they come first, marked ("kunnen", and the
    // safeguard as a safeguard).
    const firstLine = await host.locator("ul.mp-summary li").first().innerText();
    assert.match(firstLine, /^Voor jou: .*Google Analytics \(bezoekersstatistieken van Google\), Microsoft \(Office 365\) kunnen gegevens doorgeven naar de Verenigde Staten, buiten de Europese Economische Ruimte \(EER\)\. Toegestaan op grond van: /);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

for (const width of [320, 375]) {
  test(`your data at ${width} px with every disclosure open: nothing scrolls sideways`, async () => {
    const { page, context } = await openPage(env, "/?view=your-data&now=2027-01-02&customer=piet", { viewport: { width, height: 700 } });
    const host = page.locator("#your-data-host");
    await host.locator(".mp-first").waitFor();
    await host.locator("details").evaluateAll((all) => all.forEach((d) => { d.open = true; }));
    // Every disclosure is open and laid out: each of its parts has a box.
    await page.waitForFunction(() => [...document.querySelectorAll("#your-data-host details")]
      .every((d) => d.open && [...d.children].every((c) => c.getClientRects().length > 0)));
    // Piet's split retention is attributed.
    await host.getByText("Bij ons: zeven jaar (Nederlandse belastingwet)").waitFor();
    await host.getByText("Het incassobureau waarmee we samenwerken: niet vermeld in het beleid").waitFor();
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= width, `scrollWidth ${wide} > ${width}`);
    const component = await host.locator(".mp-your-data").evaluate((e) => e.scrollWidth - e.clientWidth);
    assert.equal(component, 0, "the component itself does not overflow");
    await context.close();
  });
}

for (const colorScheme of ["light", "dark"]) {
  test(`axe: your data ${colorScheme}, closed and with every disclosure open`, async () => {
    const { page, context, problems } = await openPage(env, "/?view=your-data&now=2027-01-02", { colorScheme });
    const host = page.locator("#your-data-host");
    await host.locator(".mp-first").waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await host.locator("details").evaluateAll((all) => all.forEach((d) => { d.open = true; }));
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
