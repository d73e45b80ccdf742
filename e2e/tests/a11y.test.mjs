// axe-core (WCAG 2.2 AA and best practices) on every demo page, in light and dark.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, openPage, axeViolations } from "./browser.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const PAGES = [
  ["control panel, policy and banner (nl)", "/?view=policy", "#policy-host h1"],
  ["control panel, policy and banner (en)", "/?view=policy&lang=en", "#policy-host h1"],
  ["control panel, your data (nl)", "/?view=your-data", "#your-data-host h2"],
  ["control panel, your data (en)", "/?view=your-data&lang=en", "#your-data-host h2"],
  ["website policy page (nl)", "/policy.nl.html", "#policy-root button"],
  ["website policy page (en)", "/policy.en.html", "#policy-root button"],
  ["register of processing activities (nl)", "/register.nl.html", "#register-root h1"],
  ["register of processing activities (en)", "/register.en.html", "#register-root h1"],
];

for (const colorScheme of ["light", "dark"]) {
  for (const [name, path, ready] of PAGES) {
    test(`${name}, ${colorScheme}: no axe violations, no console errors`, async () => {
      const { page, context, problems } = await openPage(env, path, { colorScheme });
      await page.locator(ready).first().waitFor();
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}
