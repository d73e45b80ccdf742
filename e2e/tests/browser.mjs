// Shared set-up for the end-to-end tests: the demo server (with its strict CSP), Debian's
// Chromium through playwright-core, and a page that records console errors, CSP
// violations and every network request.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { serve } from "../../www/serve.mjs";

const here = dirname(fileURLToPath(import.meta.url));
export const wwwRoot = join(here, "..", "..", "www");
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Debian's Chromium (or `$CHROMIUM`), headless, as every test and benchmark launches it.
 * Playwright gives every launch a new, empty --user-data-dir of its own. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
}

export async function start() {
  const server = await serve(wwwRoot, 0);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  return {
    base, browser,
    async stop() {
      await browser.close();
      server.close();
    },
  };
}

/** A fresh page that records problems: console errors, page errors, CSP violations, requests. */
export async function openPage(env, path, contextOptions = {}) {
  const context = await env.browser.newContext(contextOptions);
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("request", (r) => requests.push(r.url()));
  await page.exposeFunction("__reportCsp", (v) => problems.push(`csp: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation",
      (e) => window.__reportCsp(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(env.base + path);
  return { page, context, problems, requests };
}

/**
 * A fresh page (as `openPage`) with the release module loaded and initialised, as a host would:
 * the module's exports as `window.mp`, the wasm exports `init()` returned as `window.wasm`.
 */
export async function openModulePage(env, path = "/policy.en.html") {
  const opened = await openPage(env, path);
  await opened.page.evaluate(async () => {
    window.mp = await import("/pkg/manetti_privacy.js");
    window.wasm = await window.mp.default();
  });
  return opened;
}

/** Runs axe-core at WCAG 2.2 AA; returns the violations as readable strings. */
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
  }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/**
 * Waits until the page has caught up with what it was given to do, instead of sleeping: the
 * fonts it uses are loaded, then two animation frames pass (the tasks queued before get their
 * turn, and a frame is laid out and painted in between), then a microtask turn. Use it after a
 * positive signal that the work started or finished, before asserting an absence or measuring
 * the layout; it proves nothing on its own.
 */
export async function settled(page) {
  await page.evaluate(() => document.fonts.ready
    .then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))))
    .then(() => Promise.resolve()));
}
