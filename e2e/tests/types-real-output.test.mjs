// The hand-written .d.ts checked against REAL output: every data-returning export of the
// release package (browser entry and server entry, loaded in Node with the wasm bytes) is
// called on sample inputs, and each distinct result is written into a TypeScript file as
// `export const oN: ReturnType<typeof B.policy> = <the value as a literal>;`, then `tsc`
// (strict, exactOptionalPropertyTypes) must accept the file. A fresh object literal gets
// excess property checks, so a key the output has and the declaration lacks is an error, as
// are a missing required key, a wrong value type, `null` where the declaration says `?:`, and
// a string outside a declared union. The second test proves the check can fail: it mutates
// real outputs and requires an error for each mutant. The generated file goes to a temp dir,
// kept when tsc reports something (or with MP_KEEP_TYPES=1). Run: cd e2e && node --test
// tests/types-real-output.test.mjs (needs the release package in www/pkg).
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync, rmSync, existsSync } from "node:fs";
import { createHash } from "node:crypto";
import { join, dirname } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";

const e2e = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = join(e2e, "..", "www", "pkg");
const tsc = join(e2e, "node_modules", "typescript", "bin", "tsc");

let browser;
let server;
before(async () => {
  browser = await import(join(pkg, "manetti_privacy.js"));
  await browser.default({ module_or_path: readFileSync(join(pkg, "manetti_privacy_bg.wasm")) });
  server = await import(join(pkg, "server", "manetti_privacy.js"));
  await server.default({ module_or_path: readFileSync(join(pkg, "server", "manetti_privacy_bg.wasm")) });
});

// Sample customers (fields and ids: crates/core/src/customer.rs, crates/core/src/input/customer.rs).
const customers = {
  "private, domain only": { customerType: "private", services: ["domain"] },
  "private, Office 365 mailbox": {
    customerType: "private",
    profile: { firstName: "Jan", lastName: "Jansen", email: "jan@example.invalid", phone: null, gender: "man" },
    services: ["domain", "mailbox-office365"],
    events: ["contacted-email"],
  },
  "business (vof), IMAP mail, invoice in collection": {
    customerType: "business",
    profile: {
      companyName: "Bakkerij De Vries vof", firstName: "Piet", lastName: "de Vries", email: "piet@example.invalid",
      phone: "+31 20 123 4567", address: "Dorpsstraat 1, 1234 AB Ergens", billingAddress: null,
    },
    services: ["mailbox-imap"],
    events: ["invoice-in-collection", "contacted-phone"],
  },
};
// Beyond the samples: every service and event, so that the rarer shapes (deleted items,
// alternatives, "possibly", conditions) are in the outputs too.
const everything = {
  services: ["domain", "ssl-paid", "ssl-letsencrypt", "colocation", "mailbox-imap", "mailbox-office365", "managed"],
  events: ["contacted-email", "contact-form", "contacted-phone", "account-recovery", "datacenter-visit", "quote",
    "invoice-in-collection", "error-report", "visited-website", "marked-spam"],
};
customers["private, every service and event"] = { customerType: "private", profile: { firstName: "Ann", lastName: null }, ...everything };
customers["business, every service and event"] = { customerType: "business", profile: { companyName: "Voorbeeld bv", billingAddress: "Postbus 1" }, ...everything };
const locales = ["nl", "en"];
// Before the newest version is published, between its publication and its effective date
// (2027-01-01), and after it.
const dates = ["2026-06-01", "2026-12-01", "2027-06-01"];

// Exports that return no plain data (init, mounting into a DOM, the handles' classes): not
// checked here; the DOM tests and e2e/types cover them.
const notData = new Set(["default", "initSync", "mountBanner", "mountPolicy", "mountYourData", "BannerHandle", "PolicyHandle", "YourDataHandle"]);
const serverOnly = new Set(["changesText", "renderPolicyHtml", "renderBannerHtml", "receiptRecord"]);

/** Every call: { entry: "B" | "S", fn, args, value }. */
function realOutputs() {
  const calls = [];
  const call = (entry, fn, ...args) => {
    const mod = entry === "B" ? browser : server;
    calls.push({ entry, fn, args, value: mod[fn](...args) });
  };
  const ids = browser.versions().map((v) => v.id);
  const [first, newest] = [ids[0], ids.at(-1)];
  for (const entry of ["B", "S"]) {
    call(entry, "versions");
    call(entry, "styleSheetText");
    for (const tags of [["en-GB", "nl"], ["de"], []]) call(entry, "preferredLocale", tags);
    for (const locale of [...locales, "en-US"]) {
      call(entry, "policy", locale);
      for (const id of ids) call(entry, "policy", locale, id);
    }
    for (const accepted of [null, first, newest]) {
      for (const locale of locales) {
        call(entry, "changesSince", accepted, locale);
        for (const now of dates) {
          call(entry, "changesSince", accepted, locale, { now });
          for (const customer of Object.values(customers)) call(entry, "changesSince", accepted, locale, { now, customer });
        }
      }
      call(entry, "needsAcceptance", accepted);
      for (const now of dates) call(entry, "needsAcceptance", accepted, { now });
    }
    for (const customer of Object.values(customers)) {
      for (const locale of locales) {
        call(entry, "yourData", customer, locale);
        for (const now of ["2026-12-01", "2027-06-01"]) {
          for (const extra of [{}, { acceptedVersion: null }, { acceptedVersion: first }, { acceptedVersion: newest }]) {
            call(entry, "yourData", customer, locale, { ...extra, now });
          }
        }
      }
    }
    for (const id of ids) {
      for (const locale of locales) {
        const contentSha256 = createHash("sha256").update(browser.policy(locale, id).text, "utf8").digest("hex");
        const receipt = { version: id, locale, acceptedAt: "2026-11-26T09:30:00.000Z", contentSha256 };
        call(entry, "verifyReceipt", receipt);
        call(entry, "verifyReceipt", { ...receipt, locale: locale === "nl" ? "en" : "nl" });
      }
    }
    const receipt = { version: newest, locale: "nl", acceptedAt: "2026-11-26T09:30:00Z", contentSha256: "0" };
    for (const patch of [{ version: "2019-01-01" }, { locale: "de" }, { acceptedAt: "26-11-2026" }, { acceptedAt: 5 }, { extra: 1 }]) {
      call(entry, "verifyReceipt", { ...receipt, ...patch });
    }
    for (const input of [null, undefined, 42, "x", [], {}]) call(entry, "verifyReceipt", input);
  }
  for (const accepted of [null, first, newest]) {
    for (const locale of locales) {
      call("S", "renderBannerHtml", accepted, locale);
      for (const now of dates) {
        call("S", "renderBannerHtml", accepted, locale, { now });
        call("S", "changesText", accepted, locale, { now });
        call("S", "changesText", accepted, locale, { now, policyUrl: "https://example.invalid/privacy" });
        for (const customer of Object.values(customers)) call("S", "changesText", accepted, locale, { now, customer });
      }
    }
  }
  for (const locale of locales) {
    call("S", "renderPolicyHtml", locale);
    for (const id of ids) call("S", "renderPolicyHtml", locale, id);
  }
  // Records of valid receipts (an invalid one throws: that is tested in dpv.test.mjs).
  for (const id of ids) {
    for (const locale of locales) {
      const contentSha256 = createHash("sha256").update(browser.policy(locale, id).text, "utf8").digest("hex");
      const receipt = { version: id, locale, acceptedAt: "2026-11-26T09:30:00.000Z", contentSha256 };
      call("S", "receiptRecord", receipt, { recordId: `r-${id}-${locale}` });
      call("S", "receiptRecord", receipt, { recordId: "r", principalId: "customer-1", baseUrl: "https://example.invalid/privacy/" });
    }
  }
  return calls;
}

/** `value` as a TypeScript expression, one property or element a line; anything JSON could
 *  not carry is written as what it is (`undefined`, `NaN`, `1n`), so tsc judges it too. */
function literal(value, indent = "") {
  const inner = indent + "  ";
  switch (typeof value) {
    case "undefined": return "undefined";
    case "boolean": return String(value);
    case "number": return Object.is(value, -0) ? "-0" : String(value);
    case "bigint": return `${value}n`;
    case "string": return JSON.stringify(value);
    case "object": {
      if (value === null) return "null";
      if (Array.isArray(value)) {
        if (value.length === 0) return "[]";
        const items = Array.from(value, (v) => inner + literal(v, inner));
        return `[\n${items.join(",\n")},\n${indent}]`;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        throw new Error(`not plain data: an object of class ${value.constructor?.name ?? "?"}`);
      }
      if (Object.getOwnPropertySymbols(value).length) throw new Error("not plain data: symbol keys");
      const keys = Object.keys(value);
      if (keys.length === 0) return "{}";
      const props = keys.map((k) => `${inner}${k === "__proto__" ? `["__proto__"]` : JSON.stringify(k)}: ${literal(value[k], inner)}`);
      return `{\n${props.join(",\n")},\n${indent}}`;
    }
    default: throw new Error(`not plain data: a ${typeof value}`);
  }
}

const describe = ({ entry, fn, args }) =>
  `${entry === "B" ? "browser" : "server"} ${fn}(${args.map((a) => JSON.stringify(a) ?? "undefined").join(", ")})`;

/**
 * Writes `outputs` ([{ name, type, value, label }]) as a .ts file with a tsconfig, runs tsc and
 * returns { diagnostics: [{ name, label, line, text, source }], dir, clean() }.
 */
function typecheck(outputs) {
  const dir = mkdtempSync(join(tmpdir(), "mp-dts-"));
  const lines = [
    "// Generated by e2e/tests/types-real-output.test.mjs: real outputs of the release package.",
    `import type * as B from ${JSON.stringify(join(pkg, "manetti_privacy.js"))};`,
    `import type * as S from ${JSON.stringify(join(pkg, "server", "manetti_privacy.js"))};`,
    "// A declared return type of `any` or `unknown` would accept every output: it must be neither.",
    `type NotLoose<T> = 0 extends 1 & T ? "any" : unknown extends T ? "unknown" : "ok";`,
    "",
  ];
  const ranges = [];
  for (const o of outputs) {
    const start = lines.length + 1;
    lines.push(...`/** ${o.label.replaceAll("*/", "* /").split("\n").join("\n * ")} */`.split("\n"));
    lines.push(...`export const ${o.name}: ${o.type} = ${literal(o.value)};`.split("\n"));
    ranges.push({ start, end: lines.length, o });
  }
  const file = join(dir, "outputs.ts");
  writeFileSync(file, lines.join("\n") + "\n");
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({
    compilerOptions: {
      strict: true,
      // JSON never carries `undefined`, so this cannot turn "missing" into a false error; it
      // makes a key that is present with `undefined` (or `null`) where the declaration says
      // `key?: T` an error, as it is for a consumer compiling with this option.
      exactOptionalPropertyTypes: true,
      noEmit: true,
      target: "ES2022",
      module: "ESNext",
      moduleResolution: "bundler",
      lib: ["ES2022", "DOM"],
      types: [],
      // The declarations' own soundness is e2e/types' job; here only the outputs are judged.
      skipLibCheck: true,
      noErrorTruncation: true,
    },
    files: ["outputs.ts"],
  }, null, 2));
  let out = "";
  try {
    out = execFileSync(process.execPath, [tsc, "-p", dir, "--pretty", "false"], { encoding: "utf8", maxBuffer: 64 << 20 });
  } catch (error) {
    if (error.status !== 2 && error.status !== 1) throw error;
    out = error.stdout;
  }
  const diagnostics = [];
  for (const text of out.split("\n")) {
    if (!text.trim()) continue;
    const m = /^(.*)\((\d+),(\d+)\): (error|warning) (TS\d+: .*)$/.exec(text);
    if (!m) {
      if (diagnostics.length && /^\s/.test(text)) diagnostics.at(-1).text += "\n" + text;
      else diagnostics.push({ name: null, label: null, line: 0, text, source: "" });
      continue;
    }
    const line = Number(m[2]);
    const range = ranges.find((r) => line >= r.start && line <= r.end);
    diagnostics.push({
      name: range?.o.name ?? null, label: range?.o.label ?? null, line, text: m[5],
      source: m[1].endsWith("outputs.ts") ? lines[line - 1].trim() : m[1],
    });
  }
  return { diagnostics, dir, clean: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The distinct messages with their counts, then the first `limit` diagnostics in full. */
function report(diagnostics, limit = 25) {
  const counts = new Map();
  for (const d of diagnostics) {
    const key = `${d.text.split("\n")[0]}  (at ${/^("[^"]*"):/.exec(d.source)?.[1] ?? d.source})`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const summary = [...counts].map(([k, n]) => `  ${String(n).padStart(4)}× ${k}`).join("\n");
  const full = diagnostics.slice(0, limit).map((d) =>
    `${d.name ?? "?"} line ${d.line}: ${d.text}\n    at: ${d.source}\n    from: ${d.label?.split("\n").join("\n          ")}`).join("\n\n");
  const more = diagnostics.length > limit ? `\n\n… and ${diagnostics.length - limit} more` : "";
  return `${summary}\n\n${full}${more}`;
}

/** Array paths ("changesSince.activities") that were empty in every output: an empty array
 *  matches any element type, so at that path the element type met no real data (it may at
 *  another path of the same type: `deleted[]` and `held[]` are both DataItem). */
function neverFilled(calls) {
  const filled = new Map();
  const walk = (value, path) => {
    if (Array.isArray(value)) {
      filled.set(path, (filled.get(path) ?? false) || value.length > 0);
      for (const v of value) walk(v, path + "[]");
    } else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    }
  };
  for (const c of calls) walk(c.value, c.fn);
  return [...filled].filter(([, f]) => !f).map(([path]) => path);
}

test("every data-returning export's real output has its declared type (tsc --strict)", (t) => {
  // Coverage: a new export must be checked here or listed as not returning data.
  const calls = realOutputs();
  const called = { B: new Set(), S: new Set() };
  for (const c of calls) called[c.entry].add(c.fn);
  for (const [entry, mod] of [["B", browser], ["S", server]]) {
    const missing = Object.keys(mod).filter((k) => !notData.has(k) && !called[entry].has(k));
    assert.deepEqual(missing, [], `${entry === "B" ? "browser" : "server"} exports with no real-output check`);
  }
  assert.deepEqual(Object.keys(browser).filter((k) => serverOnly.has(k)), [], "the browser entry has no server exports");

  // One const per distinct (entry, export, value); its comment lists every call that gave it.
  const byKey = new Map();
  const problems = [];
  for (const c of calls) {
    let text;
    try { text = literal(c.value); } catch (error) { problems.push(`${describe(c)}: ${error.message}`); continue; }
    const key = `${c.entry} ${c.fn} ${text}`;
    const seen = byKey.get(key);
    if (seen) seen.calls.push(c);
    else byKey.set(key, { calls: [c], value: c.value, type: `ReturnType<typeof ${c.entry}.${c.fn}>` });
  }
  assert.deepEqual(problems, [], "outputs that are not plain data");
  const outputs = [...byKey.values()].map((o, i) => ({
    name: `o${i}`, type: o.type, value: o.value,
    label: o.calls.slice(0, 6).map(describe).join("\n") + (o.calls.length > 6 ? `\n… and ${o.calls.length - 6} more calls` : ""),
  }));
  const types = [...new Set(outputs.map((o) => o.type))];
  outputs.push(...types.map((type, i) => ({ name: `notLoose${i}`, type: `NotLoose<${type}>`, value: "ok", label: `${type} is not any or unknown` })));
  const empty = neverFilled(calls);
  if (empty.length) t.diagnostic(`empty in every output, element types unchecked: ${empty.join(", ")}`);
  const { diagnostics, dir, clean } = typecheck(outputs);
  t.diagnostic(`${outputs.length} checks (${byKey.size} distinct outputs of ${calls.length} calls)`);
  if (process.env.MP_KEEP_TYPES) t.diagnostic(`generated file kept in ${dir}`);
  else if (diagnostics.length === 0) clean();
  assert.equal(diagnostics.length, 0,
    `tsc: ${diagnostics.length} diagnostics on ${outputs.length} real outputs (${calls.length} calls); file kept in ${dir}\n\n${report(diagnostics)}`);
});

test("the check fails for an output that differs from its declaration", () => {
  const clone = (v) => structuredClone(v);
  const policy = browser.policy("en", browser.versions()[0].id);
  const changes = browser.changesSince(browser.versions()[0].id, "nl", { now: "2027-06-01" });
  const decision = browser.needsAcceptance(null, { now: "2027-06-01" });
  const verdict = browser.verifyReceipt({});
  const mine = browser.yourData(customers["private, Office 365 mailbox"], "en", { now: "2027-06-01" });
  assert.ok(policy.sections[1].activities.length && changes.sections.length && mine.held.length);

  const mutants = [];
  const mutant = (why, type, value, code) => mutants.push({ why, type, value, code });
  // Control: the untouched outputs type-check.
  const controls = [["ReturnType<typeof B.policy>", policy], ["ReturnType<typeof B.changesSince>", changes],
    ["ReturnType<typeof B.needsAcceptance>", decision], ["ReturnType<typeof B.verifyReceipt>", verdict],
    ["ReturnType<typeof B.yourData>", mine]];
  let v;
  v = clone(decision); v.Needed = v.needed; delete v.needed;
  mutant("a top-level key renamed (needed → Needed)", "ReturnType<typeof B.needsAcceptance>", v, ["TS2353", "TS2561"]);
  v = clone(policy); v.sections[1].blocks[0].txt = v.sections[1].blocks[0].text; delete v.sections[1].blocks[0].text;
  mutant("a nested key renamed (sections[1].blocks[0].text → txt)", "ReturnType<typeof B.policy>", v, ["TS2353", "TS2561"]);
  v = clone(changes); v.sections[0].extra = true;
  mutant("an extra nested key (changes.sections[0].extra)", "ReturnType<typeof B.changesSince>", v, ["TS2353"]);
  v = clone(verdict); v.detail = "x";
  mutant("an extra top-level key (verdict.detail)", "ReturnType<typeof B.verifyReceipt>", v, ["TS2353"]);
  v = clone(policy); v.sections[1].level = String(v.sections[1].level);
  mutant("a number as a string (sections[1].level)", "ReturnType<typeof B.policy>", v, ["TS2322"]);
  v = clone(changes); v.material = "true";
  mutant("a boolean as a string (changes.material)", "ReturnType<typeof B.changesSince>", v, ["TS2322"]);
  v = clone(policy); v.sections[1].blocks[0].kind = "paragraph";
  mutant("a string outside its union (blocks[0].kind)", "ReturnType<typeof B.policy>", v, ["TS2322"]);
  v = clone(mine); delete v.held[0].purposes;
  mutant("a required nested key missing (held[0].purposes)", "ReturnType<typeof B.yourData>", v, ["TS2741"]);
  v = clone(verdict); v.reason = null;
  mutant("null for an optional key (verdict.reason: null)", "ReturnType<typeof B.verifyReceipt>", v, ["TS2322"]);
  v = clone(verdict); v.reason = undefined;
  mutant("undefined for an optional key (exactOptionalPropertyTypes)", "ReturnType<typeof B.verifyReceipt>", v, ["TS2375", "TS2322"]);
  mutant("changesText's null where renderBannerHtml declares string", "ReturnType<typeof S.renderBannerHtml>", null, ["TS2322"]);
  mutant("a return type declared as any", "NotLoose<any>", "ok", ["TS2322"]);
  mutant("a return type declared as unknown", "NotLoose<unknown>", "ok", ["TS2322"]);

  const outputs = [
    ...controls.map(([type, value], i) => ({ name: `control${i}`, type, value, label: `control: ${type}` })),
    ...mutants.map((m, i) => ({ name: `mutant${i}`, type: m.type, value: m.value, label: m.why })),
  ];
  const { diagnostics, dir, clean } = typecheck(outputs);
  try {
    assert.deepEqual(diagnostics.filter((d) => !d.name?.startsWith("mutant")), [], `controls and file: no errors\n${report(diagnostics)}`);
    mutants.forEach((m, i) => {
      const got = diagnostics.filter((d) => d.name === `mutant${i}`);
      assert.ok(got.some((d) => m.code.some((code) => d.text.startsWith(code + ":"))),
        `${m.why}: expected ${m.code.join(" or ")}, got:\n${report(got) || "(no diagnostics)"}\nfile in ${dir}`);
    });
  } finally {
    clean();
  }
});
