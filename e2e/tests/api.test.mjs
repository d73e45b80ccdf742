// The JS API of the release package, called from a page: plain data out, and for bad
// input a JS Error that names the field, never a wasm trap.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, openPage } from "./browser.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

test("versions, policy, changesSince and yourData return plain data", async () => {
  const { page, context, problems } = await openPage(env, "/policy.en.html");
  const result = await page.evaluate(async () => {
    const mp = await import("/pkg/manetti_privacy.js");
    await mp.default();
    const nl = mp.policy("nl-BE", "2018-05-24");
    const en = mp.policy("en-GB", "2018-05-24");
    const fallback = mp.policy("de", "2018-05-24");
    const changes = mp.changesSince("2018-05-24", "en", { now: "2026-11-25" });
    const mine = mp.yourData({ customerType: "private", services: ["domain"] }, "nl");
    return {
      versions: mp.versions(),
      nl: { locale: nl.locale, title: nl.title, first: nl.sections[1].title, number: nl.sections[1].number,
        categories: nl.sections[1].activities[0].categories.map((c) => c.id) },
      en: en.sections[1].title,
      fallback: fallback.locale,
      changes: { from: changes.from.id, to: changes.to.id, material: changes.material, inEffect: changes.inEffect },
      mine: mine.held.map((i) => i.category.id).includes("gender"),
      basis: nl.sections.flatMap((s) => s.activities).find((a) => a.id === "invoicing").basis,
      payment: nl.sections[1].activities[0].categoryPurposes.find((c) => c.category === "payment-data")
        .purposes.map((p) => p.id),
    };
  });
  assert.deepEqual(result.versions, [
    { id: "2018-05-24", published: "2018-05-24", effective: "2018-05-24" },
    { id: "2026-11-26", published: "2026-11-26", effective: "2027-01-01" },
  ]);
  assert.deepEqual(result.nl, { locale: "nl", title: "Privacy policy", first: "Het creëren van een account", number: "1.1.",
    categories: ["name", "email", "phone", "postal-address", "billing-address", "payment-data"] });
  assert.equal(result.en, "Creating an account");
  assert.equal(result.fallback, "nl");
  assert.deepEqual(result.changes, { from: "2018-05-24", to: "2026-11-26", material: true, inEffect: false });
  assert.equal(result.mine, true);
  assert.deepEqual(result.basis, { id: "legal-obligation", label: "Wettelijke verplichting (artikel 6, lid 1, onder c, AVG)",
    provenance: "stated", message: "policy-invoicing-retention" });
  assert.deepEqual(result.payment, ["confirm-payment"], "payment data: the purpose 'payment' only");
  assert.deepEqual(problems, []);
  await context.close();
});

test("bad input throws a JS Error naming the field, and the module keeps working", async () => {
  const { page, context } = await openPage(env, "/policy.en.html");
  const outcomes = await page.evaluate(async () => {
    const mp = await import("/pkg/manetti_privacy.js");
    await mp.default();
    const div = document.createElement("div");
    const calls = {
      badLocale: () => mp.policy("n_l!"),
      unknownVersion: () => mp.policy("nl", "2019-01-01"),
      numberLocale: () => mp.policy(42),
      changesUnknown: () => mp.changesSince("1999-01-01", "nl"),
      changesBadNow: () => mp.changesSince(null, "nl", { now: "tomorrow" }),
      changesBadOption: () => mp.changesSince(null, "nl", { today: "2026-01-01" }),
      yourDataService: () => mp.yourData({ customerType: "private", services: ["domain", "ssl-paid", "domian"] }, "nl"),
      yourDataType: () => mp.yourData({ customerType: "private", profile: { email: ["a"] } }, "nl"),
      yourDataNull: () => mp.yourData(null, "nl"),
      mountNoElement: () => mp.mountPolicy(null, { locale: "nl" }),
      mountBadOptions: () => mp.mountPolicy(div, "nl"),
      bannerBadVersion: () => mp.mountBanner(div, { locale: "nl", acceptedVersion: 2018 }),
      yourDataMissing: () => mp.mountYourData(div, { locale: "nl" }),
      hostileProxy: () => mp.yourData(new Proxy({}, { ownKeys() { throw new Error("no keys for you"); } }), "nl"),
    };
    const out = {};
    for (const [name, call] of Object.entries(calls)) {
      try { call(); out[name] = "no error"; } catch (e) {
        out[name] = `${e instanceof Error && !(e instanceof WebAssembly.RuntimeError) ? "Error" : "other"}: ${e.message}`;
      }
    }
    out.stillWorks = mp.policy("en").locale;
    return out;
  });
  const expect = {
    badLocale: /^Error: locale: "n_l!" is not a valid language tag; expected one of "nl", "en"/,
    unknownVersion: /^Error: version: unknown value "2019-01-01"; expected one of "2018-05-24", "2026-11-26"$/,
    numberLocale: /^Error: locale: expected a string, got a number$/,
    changesUnknown: /^Error: acceptedVersion: unknown value "1999-01-01"; expected one of "2018-05-24", "2026-11-26"$/,
    changesBadNow: /^Error: options\.now: "tomorrow" is not an ISO date; expected YYYY-MM-DD$/,
    changesBadOption: /^Error: options\.today: unknown key; expected one of "now", "customer"$/,
    yourDataService: /^Error: customer\.services\[2\]: unknown value "domian"; expected one of "domain", "ssl-paid", /,
    yourDataType: /^Error: customer\.profile\.email: expected a string or null, got an array$/,
    yourDataNull: /^Error: customer: expected a customer record \(an object\), got null$/,
    mountNoElement: /^Error: element: expected a DOM element, got null$/,
    mountBadOptions: /^Error: options: expected an object, got a string$/,
    bannerBadVersion: /^Error: options\.acceptedVersion: expected a string or null, got a number$/,
    yourDataMissing: /^Error: options\.customer: required; expected a customer record$/,
    hostileProxy: /^Error: customer: expected a customer record \(an object\), got a value that throws when read \(a revoked Proxy or a throwing getter\)$/,
  };
  for (const [name, pattern] of Object.entries(expect)) assert.match(outcomes[name], pattern, name);
  assert.equal(outcomes.stillWorks, "en");
  await context.close();
});
