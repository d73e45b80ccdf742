// Screenshots of the banner, the comparison, the confirmation and the policy's compare view,
// for the issue note. Usage: node e2e/polish-shots.mjs <www root> <out dir> <prefix>
import { chromium } from "playwright-core";
import { serve } from "../www/serve.mjs";
import { mkdirSync } from "node:fs";

const [root, out, prefix] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const server = await serve(root, 0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox"] });

async function shot(name, path, { width = 1280, height = 800, colorScheme = "light", act } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme });
  const page = await context.newPage();
  await page.goto(base + path);
  await page.locator("#policy-host h1, #your-data-host h2").first().waitFor();
  await page.waitForTimeout(200);
  if (act) await act(page);
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${out}/${prefix}-${name}.png` });
  const sizes = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight, Math.round(scrollY)]);
  const focus = await page.evaluate(() => { const a = document.activeElement; return a ? `${a.tagName.toLowerCase()}${a.id ? "#" + a.id : ""}` : "none"; });
  console.log(name, "scrollWidth x scrollHeight, scrollY:", sizes.join(" x "), "focus:", focus);
  await context.close();
}
const compare = async (page) => page.getByRole("button", { name: /Bekijk alle wijzigingen|Show all changes/ }).click();
await shot("banner-1280", "/?now=2026-11-26");
await shot("banner-375", "/?now=2026-11-26", { width: 375, height: 667 });
await shot("banner-375-dark", "/?now=2026-11-26", { width: 375, height: 667, colorScheme: "dark" });
await shot("banner-en-375", "/?now=2026-11-26&lang=en", { width: 375, height: 667 });
await shot("compare-1280", "/?now=2026-11-26", { act: compare });
await shot("compare-375", "/?now=2026-11-26", { width: 375, height: 667, act: compare });
await shot("never-accepted-375", "/?now=2026-11-26&accepted=none", { width: 375, height: 667 });
await shot("confirmation-375", "/?now=2026-11-26", { width: 375, height: 667,
  act: async (page) => page.locator("#banner-host").getByRole("button", { name: /Akkoord|Gelezen/ }).first().click() });
// The policy page: its version line and history, and the compare view, opened from the
// history at the end of the page (where a customer finds the button).
const openCompare = async (page) => {
  const button = page.locator("#policy-host").getByRole("button", { name: /Vergelijk/ }).first();
  await button.scrollIntoViewIfNeeded();
  await button.click();
};
const history = async (page) => page.locator("#history").scrollIntoViewIfNeeded();
await shot("policy-1280", "/?now=2026-11-26", { act: async (page) => page.locator("#policy-host h1").evaluate((h) => h.scrollIntoView()) });
await shot("policy-history-375", "/?now=2026-11-26", { width: 375, height: 667, act: history });
await shot("policy-compare-1280", "/?now=2026-11-26", { act: openCompare });
await shot("policy-compare-375", "/?now=2026-11-26", { width: 375, height: 667, act: openCompare });
await shot("policy-back-375", "/?now=2026-11-26", { width: 375, height: 667, act: async (page) => {
  await openCompare(page);
  await page.waitForTimeout(200);
  await page.locator("#policy-host").getByRole("button", { name: /Terug naar de volledige tekst/ }).click();
} });
await browser.close();
server.close();
