// The demo control panel: the privacy policy, the change banner and "your data",
// mounted from the wasm module the way a real panel would.
import init, { mountPolicy, mountBanner, mountYourData, versions } from "./pkg/manetti_privacy.js";
import { SAMPLES } from "./samples.js";

const PANEL_TEXT = {
  en: { "your-data-title": "Your data", "sample-label": "Sample customer", "record-summary": "Your own customer record (JSON)",
    "record-label": "Customer record", "record-apply": "Apply", panel: "Control panel", "nav-policy": "Privacy policy",
    language: "Language", accepted: "Demo: last version read", reset: "Start the demo again" },
};

const params = new URLSearchParams(location.search);
const locale = params.get("lang") ?? "nl";
const view = params.get("view") ?? "policy";
// `?now=YYYY-MM-DD` runs the demo as if it were that day (the tests show both sides of a
// version's effective date); without it, the browser's clock decides.
const now = params.get("now") ?? undefined;

document.documentElement.lang = locale;
for (const node of document.querySelectorAll("[data-i18n]")) {
  node.textContent = PANEL_TEXT[locale]?.[node.dataset.i18n] ?? node.textContent;
}
const select = document.getElementById("panel-locale");
select.value = locale;
select.addEventListener("change", () => {
  params.set("lang", select.value);
  location.search = params.toString();
});
for (const link of document.querySelectorAll("#panel-nav a[href^='?']")) {
  const target = new URLSearchParams(link.getAttribute("href").slice(1));
  target.set("lang", locale);
  if (now) target.set("now", now);
  link.href = "?" + target.toString();
  if (target.get("view") === view) link.setAttribute("aria-current", "page");
}
document.getElementById("nav-website").href = `policy.${locale}.html`;

// The demo customer last accepted the policy of 24-05-2018; an acceptance made here is
// kept in localStorage, the way a real panel would keep it on its server.
const RECEIPT_KEY = "manetti-privacy-demo-receipt";
const stored = JSON.parse(localStorage.getItem(RECEIPT_KEY) ?? "null");
// `?accepted=none` shows the banner of a customer who never accepted a version.
const acceptedVersion = stored?.version ?? (params.get("accepted") === "none" ? null : "2018-05-24");

document.getElementById("reset-demo").addEventListener("click", () => {
  localStorage.removeItem(RECEIPT_KEY);
  location.reload();
});

// The banner tells each customer what changes for them: the panel passes the record of the
// signed-in customer (here the sample chosen with `?customer=`, Jan by default).
const customer = SAMPLES[params.get("customer") ?? "jan"]?.customer ?? SAMPLES.jan.customer;

await init();
mountBanner(document.getElementById("banner-host"), {
  locale,
  acceptedVersion,
  now,
  customer,
  policyUrl: `policy.${locale}.html`,
  onAccept: (receipt) => localStorage.setItem(RECEIPT_KEY, JSON.stringify(receipt)),
});
document.getElementById("accepted-version").textContent = acceptedVersion ?? "–";

if (view === "your-data") {
  showYourData();
} else {
  mountPolicy(document.getElementById("policy-host"), { locale, version: inEffect(now) });
}

/** The version in effect on `day` (the newest whose effective date has come), or undefined
 * for the module's own choice on the browser's clock. */
function inEffect(day) {
  if (!day) return undefined;
  const all = versions();
  return (all.filter((v) => v.effective <= day).at(-1) ?? all[0]).id;
}


function showYourData() {
  document.title = locale === "en" ? "Your data – Manetti IT (demo)" : "Mijn gegevens – Manetti IT (demo)";
  document.getElementById("your-data-page").hidden = false;
  const select = document.getElementById("sample");
  for (const [id, sample] of Object.entries(SAMPLES)) {
    select.append(new Option(sample.label[locale] ?? sample.label.nl, id));
  }
  select.value = params.get("customer") ?? "jan";
  const record = document.getElementById("record");
  const error = document.getElementById("record-error");
  const current = () => SAMPLES[select.value].customer;
  record.value = JSON.stringify(current(), null, 2);
  const handle = mountYourData(document.getElementById("your-data-host"), {
    locale, customer: current(), acceptedVersion, now, policyUrl: `policy.${locale}.html`,
  });
  select.addEventListener("change", () => {
    error.textContent = "";
    record.value = JSON.stringify(current(), null, 2);
    handle.update(current());
  });
  document.getElementById("apply-record").addEventListener("click", () => {
    try {
      handle.update(JSON.parse(record.value));
      error.textContent = "";
    } catch (e) {
      error.textContent = e.message;
    }
  });
}
