// The policy and its receipts as W3C DPV JSON-LD, read by real processors: every JSON-LD file
// that static-pages wrote, and every record the CLI and the Node server entry make, is expanded
// by the `jsonld` package in safe mode (no data dropped) with remote loading off; every IRI of
// the expanded form is absolute; every dpv:, pd:, eu-gdpr: and legal-eu: term is in the
// vendored DPV 2.3 lists; the RDF (jsonld's toRDF, read by n3) has per activity as many
// purpose, data-category, legal-basis and recipient triples as the version file
// (versions/*.toml, read here with smol-toml) gives.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { join, dirname } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";
import jsonld from "jsonld";
import { Parser, Store } from "n3";
import { parse as parseToml } from "smol-toml";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const www = join(repo, "www");
const manifest = () => JSON.parse(readFileSync(join(www, "versions.json"), "utf8"));

let server;
before(async () => {
  server = await import(join(www, "pkg", "server", "manetti_privacy.js"));
  await server.default({ module_or_path: readFileSync(join(www, "pkg", "server", "manetti_privacy_bg.wasm")) });
});

const NS = {
  dpv: "https://w3id.org/dpv#",
  pd: "https://w3id.org/dpv/pd#",
  "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
  "legal-eu": "https://w3id.org/dpv/legal/eu#",
};
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const SKOS_BROADER = "http://www.w3.org/2004/02/skos/core#broader";
const DCT = "http://purl.org/dc/terms/";

/** Every term of the vendored lists (vocab/dpv/*-terms.txt), as a full IRI. */
const vendored = new Set(
  [["dpv", "dpv-terms.txt"], ["pd", "pd-terms.txt"], ["eu-gdpr", "eu-gdpr-terms.txt"], ["legal-eu", "legal-eu-terms.txt"]]
    .flatMap(([prefix, file]) => readFileSync(join(repo, "vocab", "dpv", file), "utf8")
      .split("\n").filter(Boolean).map((name) => NS[prefix] + name)),
);

// Remote loading switched off: any attempt to load a context or document fails the test.
const documentLoader = async (url) => { throw new Error(`remote document loading is off: ${url}`); };
const options = { documentLoader, safe: true };

/** Every IRI of an expanded JSON-LD document: node ids, types, properties, datatypes. */
function iris(expanded) {
  const out = [];
  const walk = (value) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== "object") return;
    const isValue = "@value" in value;
    for (const [key, v] of Object.entries(value)) {
      if (key === "@id") out.push(v);
      else if (key === "@type") out.push(...(isValue ? [v] : v));
      else if (key === "@value" || key === "@language") continue;
      else if (key === "@graph" || key === "@list" || key === "@set") walk(v);
      else { out.push(key); walk(v); }
    }
  };
  walk(expanded);
  return out;
}

/** Expands `doc` (no base, no remote loading, nothing dropped) and checks its IRIs and terms;
 * returns its RDF as an n3 store. */
async function check(doc, name) {
  const context = doc["@context"];
  assert.equal(typeof context, "object", `${name}: the @context is inline`);
  assert.ok(Object.values(context).every((ns) => typeof ns === "string" && /^https?:\/\/.*[#/]$/.test(ns)), name);
  const expanded = await jsonld.expand(doc, options);
  const all = iris(expanded);
  assert.ok(all.length > 50, name);
  for (const iri of all) {
    assert.match(iri, /^https?:\/\/[^\s<>"{}|\\^`]+$/, `${name}: ${iri} is not an absolute IRI`);
    if (Object.values(NS).some((ns) => iri.startsWith(ns))) {
      assert.ok(vendored.has(iri), `${name}: ${iri} is not a DPV 2.3 term`);
    }
  }
  const nquads = await jsonld.toRDF(doc, { ...options, format: "application/n-quads" });
  const store = new Store(new Parser({ format: "N-Quads" }).parse(nquads));
  assert.ok(store.size > 100, name);
  return store;
}

const objects = (store, subject, predicate) => store.getObjects(subject, predicate, null).map((o) => o.value);

/** The activities of a version file, with the defaults of the model for omitted keys. */
function activities(version) {
  return version.sections.flatMap((s) => s.activities ?? []).map((a) => ({
    ...a, recipients: a.recipients ?? [], basis: a.basis ?? { id: "not-stated" },
  }));
}

const versionFiles = () => readdirSync(join(repo, "versions")).filter((f) => f.endsWith(".toml"))
  .map((f) => parseToml(readFileSync(join(repo, "versions", f), "utf8")));

// GDPR art. 6(1) (a)–(f) by the model's basis ids: what a *stated* basis must be.
const ARTICLE_6_1 = {
  consent: "a", contract: "b", "legal-obligation": "c", "vital-interests": "d",
  "public-task": "e", "legitimate-interests": "f",
};

/** The per-activity triples of a version's RDF against the version file. */
function assertActivities(store, docIri, version, name) {
  const list = activities(version);
  const processes = store.getSubjects(RDF_TYPE, NS.dpv + "Process", null).map((s) => s.value)
    .filter((s) => s.startsWith(`${docIri}#activity-`));
  assert.equal(processes.length, list.length, `${name}: one dpv:Process per activity`);
  for (const a of list) {
    const s = `${docIri}#activity-${a.id}`;
    const count = (p) => objects(store, s, NS.dpv + p).length;
    assert.equal(count("hasPurpose"), a.purposes.length, `${name} ${a.id}: purposes`);
    assert.equal(count("hasPersonalData"), a.categories.length, `${name} ${a.id}: data categories`);
    assert.equal(count("hasRecipient"), a.recipients.length, `${name} ${a.id}: recipients`);
    const bases = objects(store, s, NS.dpv + "hasLegalBasis");
    assert.equal(bases.length, 1, `${name} ${a.id}: legal bases`);
    if (a.basis.stated) {
      assert.deepEqual(bases, [`${NS["eu-gdpr"]}A6-1-${ARTICLE_6_1[a.basis.id]}`], `${name} ${a.id}`);
    } else {
      // Inferred or not stated: published as not stated, and said to be missing.
      assert.deepEqual(bases, [`${docIri}#basis-not-stated`], `${name} ${a.id}`);
      assert.deepEqual(objects(store, bases[0], NS.dpv + "hasApplicability"), [NS.dpv + "NotAvailable"]);
    }
  }
}

test("every published version has DPV JSON-LD in every locale, linked from its pages and versions.json", () => {
  const { locales, versions } = manifest();
  const written = readdirSync(www).filter((f) => /^policy\..+\.jsonld$/.test(f)).sort();
  const listed = versions.flatMap((v) => locales.map((l) => v.jsonLd[l])).sort();
  assert.deepEqual(written, listed);
  assert.equal(listed.length, versionFiles().length * locales.length);
  for (const page of readdirSync(www).filter((f) => /^policy\..+\.html$/.test(f))) {
    const html = readFileSync(join(www, page), "utf8");
    const [, locale] = page.match(/^policy\.([a-z]+)\./);
    const [, version] = html.match(/data-version="([^"]+)"/);
    const head = html.slice(0, html.indexOf("</head>"));
    assert.ok(head.includes(`<link rel="alternate" type="application/ld+json" href="${versions.find((v) => v.id === version).jsonLd[locale]}">`), page);
  }
});

test("the policy's JSON-LD expands with no remote loading, no loss and only absolute IRIs and DPV terms; per activity its triples are the version file's", async () => {
  const { versions } = manifest();
  for (const version of versionFiles()) {
    for (const [locale, file] of Object.entries(versions.find((v) => v.id === version.id).jsonLd)) {
      const doc = JSON.parse(readFileSync(join(www, file), "utf8"));
      const store = await check(doc, file);
      const [notice] = store.getSubjects(RDF_TYPE, NS.dpv + "PrivacyNotice", null).map((s) => s.value);
      assert.ok(notice.endsWith(`/${file}#notice`), notice);
      const docIri = notice.slice(0, -"#notice".length);
      assert.deepEqual(objects(store, notice, DCT + "identifier"), [version.id]);
      assert.deepEqual(objects(store, notice, DCT + "language"), [locale]);
      const [checksum] = objects(store, notice, "http://spdx.org/rdf/terms#checksum");
      assert.deepEqual(objects(store, checksum, "http://spdx.org/rdf/terms#checksumValue"),
        [versions.find((v) => v.id === version.id).contentSha256[locale]]);
      assertActivities(store, docIri, version, file);
      // Each transfer outside the EEA with its safeguard.
      for (const t of version.transfers ?? []) {
        const s = `${docIri}#transfer-${t.recipient}`;
        assert.deepEqual(objects(store, s, NS.dpv + "hasProcessing"), [NS.dpv + "CrossBorderTransfer"]);
        const [basis] = objects(store, s, NS.dpv + "hasLegalBasis");
        assert.deepEqual(objects(store, basis, SKOS_BROADER), [NS["eu-gdpr"] + "AdequacyDecision"]);
      }
    }
  }
});

/** A genuine receipt of `version` in `locale`, from versions.json. */
function receiptOf(version, locale) {
  const v = manifest().versions.find((x) => x.id === version);
  return { version, locale, acceptedAt: "2026-11-26T09:30:00.000Z", contentSha256: v.contentSha256[locale] };
}

/** `cargo run --bin manetti-privacy -- <args>`: the exit code and stdout. */
function cli(args) {
  const run = spawnSync("cargo", ["run", "--quiet", "--bin", "manetti-privacy", "--", ...args], { cwd: repo, encoding: "utf8" });
  assert.equal(run.error, undefined);
  return { code: run.status, out: run.stdout, err: run.stderr };
}

test("a valid receipt becomes the same record of notice through the CLI and the Node entry; an invalid one is refused with its reason", async () => {
  const dir = mkdtempSync(join(tmpdir(), "mp-dpv-"));
  const versionsById = Object.fromEntries(versionFiles().map((v) => [v.id, v]));
  for (const { id } of manifest().versions) {
    for (const locale of manifest().locales) {
      const receipt = receiptOf(id, locale);
      const path = join(dir, `${id}.${locale}.json`);
      writeFileSync(path, JSON.stringify(receipt));
      const { code, out, err } = cli(["record", path, "--record-id", "r-1", "--principal-id", "customer-42"]);
      assert.equal(code, 0, err);
      const fromCli = JSON.parse(out);
      const fromNode = server.receiptRecord(receipt, { recordId: "r-1", principalId: "customer-42" });
      assert.deepEqual(fromNode, fromCli);
      const store = await check(fromNode, `record of ${id} ${locale}`);
      const record = "https://www.manetti.online/privacy/records/r-1";
      assert.deepEqual(objects(store, record, RDF_TYPE), [NS.dpv + "DataProcessingRecord"]);
      assert.deepEqual(objects(store, record, DCT + "conformsTo"), ["https://w3id.org/dpv/schema/dpv-27560#record"]);
      assert.deepEqual(objects(store, record, DCT + "identifier"), ["r-1"]);
      const [event] = objects(store, record, NS.dpv + "hasNoticeStatus");
      assert.deepEqual(objects(store, event, SKOS_BROADER).sort(), [NS.dpv + "NoticeCommunicated", NS.dpv + "NoticeUsed"]);
      assert.deepEqual(objects(store, event, NS.dpv + "isIndicatedAtTime"), ["2026-11-26T09:30:00.000Z"]);
      const [subject] = objects(store, record, NS.dpv + "hasDataSubject");
      assert.deepEqual(objects(store, subject, DCT + "identifier"), ["customer-42"]);
      // Notice, never consent.
      assert.ok(store.getQuads(null, null, null, null).every((q) => ![q.subject, q.predicate, q.object]
        .some((t) => t.termType === "NamedNode" && /Consent/.test(t.value))));
      // Its processing is the version's, activity by activity.
      const [notice] = objects(store, record, NS.dpv + "hasNotice");
      const docIri = notice.slice(0, -"#notice".length);
      assert.equal(objects(store, record, NS.dpv + "hasProcess").length, activities(versionsById[id]).length);
      assertActivities(store, docIri, versionsById[id], `record of ${id} ${locale}`);
    }
  }
  const good = receiptOf(manifest().versions.at(-1).id, "nl");
  const bad = { ...good, locale: "en" };
  writeFileSync(join(dir, "bad.json"), JSON.stringify(bad));
  const refused = cli(["record", join(dir, "bad.json")]);
  assert.equal(refused.code, 1);
  assert.match(refused.out, /^invalid: receipt\.contentSha256: does not match/);
  assert.throws(() => server.receiptRecord(bad, { recordId: "r" }), /^Error: receipt\.contentSha256: does not match/);
  assert.equal(server.verifyReceipt(bad).reason, refused.out.trim().replace(/^invalid: /, ""));
  assert.throws(() => server.receiptRecord({ ...good, acceptedAt: "yesterday" }, { recordId: "r" }), /receipt\.acceptedAt: "yesterday" is not an ISO 8601 timestamp/);
  assert.throws(() => server.receiptRecord(null, { recordId: "r" }), /receipt\.version: missing/);
  assert.throws(() => server.receiptRecord(good, {}), /options\.recordId: missing/);
  assert.throws(() => server.receiptRecord(good), /options\.recordId: missing/);
  assert.throws(() => server.receiptRecord(good, { recordId: "r", baseUrl: "example.org" }), /options\.baseUrl: "example\.org" is not a base URL/);
  assert.throws(() => server.receiptRecord(good, { recordId: "r", principalID: "x" }), /options\.principalID: unknown key/);
  // Another base URL: the record and the notice it points to move with it.
  const moved = server.receiptRecord(good, { recordId: "a/b", baseUrl: "https://example.org/p" });
  assert.equal(moved["@graph"][0]["@id"], "https://example.org/p/records/a%2Fb");
  assert.ok(moved["@graph"][0]["dpv:hasNotice"]["@id"].startsWith("https://example.org/p/policy.nl."));
  await check(moved, "moved record");
  rmSync(dir, { recursive: true });
});

test("the browser module has no receiptRecord: its first part does not grow", async () => {
  const mp = await import(join(www, "pkg", "manetti_privacy.js"));
  assert.equal(mp.receiptRecord, undefined);
  assert.equal(typeof server.receiptRecord, "function");
  const types = readFileSync(join(www, "pkg", "manetti_privacy.d.ts"), "utf8");
  assert.ok(!types.includes("receiptRecord"));
  const serverTypes = readFileSync(join(www, "pkg", "server", "manetti_privacy.d.ts"), "utf8");
  assert.match(serverTypes, /export function receiptRecord\(receipt: Receipt, options: ReceiptRecordOptions\): ReceiptRecord;/);
  assert.match(serverTypes, /export interface ReceiptRecordOptions \{ recordId: string; principalId\?: string; baseUrl\?: string; \}/);
});

test("the README's receiptRecord snippet runs against the package by its name", async () => {
  const { mkdirSync, symlinkSync } = await import("node:fs");
  const readme = readFileSync(join(repo, "README.md"), "utf8");
  const snippet = readme.match(/```js\n(\/\/ Node: the server entry[\s\S]*?receiptRecord\(storedReceipt[\s\S]*?)```/)[1];
  const dir = mkdtempSync(join(tmpdir(), "mp-dpv-readme-"));
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(join(www, "pkg"), join(dir, "node_modules", "manetti-privacy"), "dir");
  const receipt = receiptOf(manifest().versions[0].id, "nl");
  writeFileSync(join(dir, "record.mjs"), `const storedReceipt = ${JSON.stringify(receipt)};
const row = { id: "row-1", customerId: "customer-1234" };
${snippet}
console.log(JSON.stringify(record));
`);
  const run = spawnSync(process.execPath, [join(dir, "record.mjs")], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), server.receiptRecord(receipt, { recordId: "row-1", principalId: "customer-1234" }));
  rmSync(dir, { recursive: true });
});
