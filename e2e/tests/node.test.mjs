// The release package in Node, without a browser: loaded with the module bytes
// (`init({ module_or_path: bytes })`), verifyReceipt and needsAcceptance give the same
// answers as versions.json, which static-pages writes for backends that never load the wasm.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const www = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "www");
let mp;
before(async () => {
  mp = await import(join(www, "pkg", "manetti_privacy.js"));
  await mp.default({ module_or_path: readFileSync(join(www, "pkg", "manetti_privacy_bg.wasm")) });
});
const manifest = () => JSON.parse(readFileSync(join(www, "versions.json"), "utf8"));

test("a receipt as the banner makes it verifies in Node, and each flaw is named", () => {
  for (const { id } of mp.versions()) {
    for (const locale of ["nl", "en"]) {
      const text = mp.policy(locale, id).text;
      const receipt = {
        version: id, locale, acceptedAt: "2026-11-26T09:30:00.000Z",
        contentSha256: createHash("sha256").update(text, "utf8").digest("hex"),
      };
      assert.deepEqual(mp.verifyReceipt(receipt), { valid: true });
      assert.equal(receipt.contentSha256, manifest().versions.find((v) => v.id === id).contentSha256[locale]);
      const other = locale === "nl" ? "en" : "nl";
      const swapped = mp.verifyReceipt({ ...receipt, locale: other });
      assert.equal(swapped.valid, false);
      assert.match(swapped.reason, /^receipt\.contentSha256: does not match/);
    }
  }
  const id = mp.versions().at(-1).id;
  const bad = (patch) => mp.verifyReceipt({ version: id, locale: "nl", acceptedAt: "2026-11-26T09:30:00Z", contentSha256: "0", ...patch });
  assert.match(bad({ version: "2019-01-01" }).reason, /^receipt\.version: unknown value "2019-01-01"/);
  assert.match(bad({ locale: "de" }).reason, /^receipt\.locale: unknown value "de"/);
  assert.match(bad({ acceptedAt: "26-11-2026" }).reason, /^receipt\.acceptedAt: "26-11-2026" is not an ISO 8601 timestamp/);
  assert.match(bad({ acceptedAt: 5 }).reason, /^receipt\.acceptedAt: expected a string/);
  // Hostile input is an answer, never a throw.
  for (const input of [null, undefined, 42, "x", [], new Proxy({}, { ownKeys() { throw new Error("no"); } })]) {
    assert.equal(mp.verifyReceipt(input).valid, false);
  }
});

test("needsAcceptance in Node matches versions.json and the banner's rule", () => {
  const all = manifest().versions;
  const newest = all.at(-1);
  const before = mp.needsAcceptance(all[0].id, { now: all[0].effective });
  assert.deepEqual(Object.keys(before).sort(), ["effective", "inEffect", "material", "needed", "published", "version"]);
  assert.equal(before.version, newest.id);
  assert.equal(before.material, newest.materialSince[all[0].id]);
  assert.equal(before.needed, before.material);
  assert.equal(mp.needsAcceptance(newest.id, { now: newest.effective }).needed, false);
  const never = mp.needsAcceptance(null, { now: newest.effective });
  assert.equal(never.needed, true);
  assert.equal(never.inEffect, true);
  assert.throws(() => mp.needsAcceptance("2019-01-01"), /acceptedVersion: unknown value "2019-01-01"/);
  assert.throws(() => mp.needsAcceptance(null, { now: "tomorrow" }), /options\.now: "tomorrow" is not an ISO date/);
  assert.throws(() => mp.needsAcceptance(null, { nwo: "2026-01-01" }), /options\.nwo: unknown key/);
});

test("the server entry renders the banner and policy as HTML and writes the e-mail text", async () => {
  const server = await import(join(www, "pkg", "server", "manetti_privacy.js"));
  await server.default({ module_or_path: readFileSync(join(www, "pkg", "server", "manetti_privacy_bg.wasm")) });
  const all = server.versions();
  const [first, newest] = [all[0], all.at(-1)];
  const html = server.renderBannerHtml(first.id, "en", { now: newest.effective });
  assert.match(html, /^<section class="mp-banner" role="region" aria-labelledby="mp-banner-headline" lang="en">/);
  assert.match(html, /data-action="accept"/);
  assert.equal(server.renderBannerHtml(newest.id, "en", { now: newest.effective }), "");
  const policy = server.renderPolicyHtml("nl", first.id);
  assert.match(policy, /^<div class="mp-policy" lang="nl">/);
  assert.ok(policy.includes(server.policy("nl", first.id).title));
  assert.throws(() => server.renderPolicyHtml("nl", "1999-01-01"), /version: unknown value "1999-01-01"/);
  // The same module answers the browser exports the same way.
  assert.deepEqual(server.needsAcceptance(first.id, { now: newest.effective }), mp.needsAcceptance(first.id, { now: newest.effective }));
  const text = server.changesText(first.id, "nl", { now: newest.effective, policyUrl: "https://example.invalid/privacybeleid" });
  // Greeted, the link given, signed by the company.
  assert.ok(text.startsWith("Beste klant,\n"), text);
  assert.ok(text.includes("\nLees het volledige privacybeleid: https://example.invalid/privacybeleid\n"), text);
  assert.ok(text.endsWith("\nMet vriendelijke groet,\nManetti IT\n"), text);
  // Without a URL the link line is left out, never a placeholder.
  assert.ok(!server.changesText(first.id, "nl", { now: newest.effective }).includes("Lees het volledige"));
  assert.ok(!text.includes("<"));
  assert.equal(server.changesText(newest.id, "nl", { now: newest.effective }), null);
  assert.throws(() => server.changesText(first.id, "nl", { policyURL: "x" }), /options\.policyURL: unknown key/);
  // A plain server template: the markup goes in as markup, the customer's values as text.
  const page = `<manetti-privacy-banner accepted-version="${first.id}" lang="en">${html}</manetti-privacy-banner>`;
  assert.ok(page.includes("</section></manetti-privacy-banner>"));
  // The browser module stays without the server exports.
  assert.equal(mp.changesText, undefined);
  assert.equal(mp.renderPolicyHtml, undefined);
});

test("the README's Node snippets run against the package by its name (exports map)", async () => {
  const { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { execFileSync } = await import("node:child_process");
  const dir = mkdtempSync(join(tmpdir(), "mp-node-"));
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(join(www, "pkg"), join(dir, "node_modules", "manetti-privacy"), "dir");
  const receipt = (() => {
    const id = mp.versions()[0].id;
    const text = mp.policy("nl", id).text;
    return { version: id, locale: "nl", acceptedAt: "2026-11-26T09:30:00Z", contentSha256: createHash("sha256").update(text).digest("hex") };
  })();
  writeFileSync(join(dir, "verify.mjs"), `
import { readFile } from "node:fs/promises";
import init, { verifyReceipt, needsAcceptance } from "manetti-privacy";
const wasm = new URL(import.meta.resolve("manetti-privacy/manetti_privacy_bg.wasm"));
await init({ module_or_path: await readFile(wasm) });
console.log(JSON.stringify(verifyReceipt(${JSON.stringify(receipt)})));
`);
  writeFileSync(join(dir, "render.mjs"), `
import { readFile } from "node:fs/promises";
import init, { renderBannerHtml } from "manetti-privacy/server";
await init({ module_or_path: await readFile(new URL(import.meta.resolve("manetti-privacy/server/manetti_privacy_bg.wasm"))) });
const customer = { acceptedPolicy: "${receipt.version}" };
const banner = renderBannerHtml(customer.acceptedPolicy, "nl");
console.log(\`<manetti-privacy-banner accepted-version="\${customer.acceptedPolicy}">\${banner}</manetti-privacy-banner>\`);
`);
  const run = (file) => execFileSync(process.execPath, [join(dir, file)], { encoding: "utf8" });
  assert.equal(run("verify.mjs"), '{"valid":true}\n');
  assert.match(run("render.mjs"), /^<manetti-privacy-banner accepted-version="[^"]+"><section class="mp-banner"/);
});
