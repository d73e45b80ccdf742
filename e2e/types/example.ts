// A typed example of the package (kit): `tsc --strict` must accept every line, and every
// `@ts-expect-error` line must be an error, or the test command fails.
import init, { mountBanner, needsAcceptance, verifyReceipt, versions } from "manetti-privacy";
import type { Decision, Locale, Receipt, Verdict, VersionId } from "manetti-privacy";
import "manetti-privacy/elements";
import { changesText, receiptRecord, renderBannerHtml, renderPolicyHtml } from "manetti-privacy/server";
import type { ReceiptRecord } from "manetti-privacy/server";

await init();
const first: VersionId = "2018-05-24";
const locale: Locale = "nl";
// @ts-expect-error: not a version of the catalog
const typo: VersionId = "2018-05-42x";
// @ts-expect-error: not a locale of the catalog
const german: Locale = "de";

const decision: Decision = needsAcceptance(first, { now: "2026-12-01" });
if (decision.needed && decision.material) console.log(decision.version, decision.effective);
// @ts-expect-error: `now` is YYYY-MM-DD
needsAcceptance(first, { now: "tomorrow" });
// @ts-expect-error: misspelt option key
needsAcceptance(null, { nwo: "2026-12-01" });

const verdict: Verdict = verifyReceipt({ version: first, locale, acceptedAt: "2026-11-26T09:30:00Z", contentSha256: "ab" });
if (!verdict.valid) console.log(verdict.reason?.toUpperCase());

// An async onAccept is allowed: the panel awaits its own server.
mountBanner(document.body, {
  locale: "nl",
  acceptedVersion: "2018-05-24",
  now: "2026-12-01",
  onAccept: async (receipt: Receipt) => {
    await fetch("/receipts", { method: "POST", body: JSON.stringify(receipt) });
  },
});
// @ts-expect-error: misspelt option key
mountBanner(document.body, { locale: "nl", acceptedVersion: null, onAcept: () => {} });
// @ts-expect-error: `now` is YYYY-MM-DD
mountBanner(document.body, { acceptedVersion: null, now: "1/12/2026" });

// The event map: the detail is the receipt.
document.addEventListener("privacy-accepted", (e) => {
  const version: string = e.detail.version;
  const sha: string = e.detail.contentSha256;
  console.log(version, sha);
});
document.querySelector("manetti-privacy-banner")?.addEventListener("privacy-accepted", (e) => e.detail.acceptedAt);
// The receipt is kept busy until the server has it.
document.addEventListener("privacy-accepted", (e) => e.waitUntil(fetch("/receipts", { method: "POST", body: JSON.stringify(e.detail) })));
document.addEventListener("privacy-later", (e) => console.log(e.detail.version, e.detail.locale));
// @ts-expect-error: the notice carries no customer data
document.addEventListener("privacy-banner-shown", (e) => e.detail.customer);

// The elements' tag map.
const banner = document.createElement("manetti-privacy-banner");
banner.customer = { customerType: "private", services: ["domain"] };
// @ts-expect-error: misspelt service
banner.customer = { customerType: "private", services: ["domian"] };

// The server entry.
const body: string | null = changesText("2018-05-24", "nl", { now: "2027-01-02", policyUrl: "https://example.invalid/privacy" });
const html: string = renderBannerHtml(null, "en", { now: "2026-12-01" }) + renderPolicyHtml("nl", versions()[0].id as VersionId);
// A stored receipt as a record for an auditor (server entry only).
const stored: Receipt = { version: "2018-05-24", locale: "nl", acceptedAt: "2026-11-26T09:30:00Z", contentSha256: "…" };
const record: ReceiptRecord = receiptRecord(stored, { recordId: "row-1", principalId: "customer-1234" });
console.log(record["@graph"][0]["@id"]);
// @ts-expect-error: the record id is required
receiptRecord(stored, { principalId: "customer-1234" });
console.log(body, html, typo, german);
