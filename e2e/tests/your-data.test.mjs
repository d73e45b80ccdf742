// "Your data" end to end: sample customers, both languages, JSON download, bad records.
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
  assert.ok(text.includes("Onze datacenterleverancier") && text.includes("Gegevens over een rechtspersoon, zoals een bv, vallen op zich niet onder de AVG"));
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
    host.getByRole("button", { name: "Download this overview (JSON)" }).click(),
  ]);
  const data = JSON.parse(await readFile(await download.path(), "utf8"));
  assert.equal(data.locale, "en");
  assert.equal(data.customerType, "private");
  assert.ok(data.held.some((i) => i.category.id === "gender" && i.value === "man"));
  assert.ok(download.suggestedFilename().endsWith(".json"));
  assert.deepEqual(requests.slice(before).filter((u) => !u.startsWith("blob:")), [], "no network request");

  await page.emulateMedia({ media: "print" });
  assert.equal(await host.getByRole("button", { name: "Download this overview (JSON)" }).isVisible(), false, "print hides the buttons");
  assert.equal(await page.locator(".panel-header").isVisible(), false, "print hides the panel chrome");
  assert.ok(await host.getByRole("heading", { name: "Name", exact: true }).isVisible(), "print keeps the data");
  await page.emulateMedia({ media: "screen" });
  assert.deepEqual(problems, []);
  await context.close();
});

test("a bad record gets a clear error and empties the view (never the previous customer)", async () => {
  const { page, context } = await openPage(env, "/?view=your-data&lang=en");
  const host = page.locator("#your-data-host");
  await host.locator("h2").waitFor();
  const before = await host.innerText();
  await page.locator("summary").click();
  await page.getByLabel("Customer record").fill('{"customerType":"private","services":["domian"]}');
  await page.getByRole("button", { name: "Apply" }).click();
  const alert = page.getByRole("alert");
  await alert.getByText('customer.services[0]: unknown value "domian"; expected one of "domain"', { exact: false }).waitFor();
  assert.notEqual(before, "");
  assert.equal(await host.innerText(), "");
  await context.close();
});
