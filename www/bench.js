// Timings for e2e/bench.mjs: from navigation start, the module initialised, the banner in the
// DOM, and the full policy page in the DOM. All figures are performance.now() milliseconds.
// `?only=banner` or `?only=policy` renders just one of the two.
import init, { mountBanner, mountPolicy, policy as policyData } from "./pkg/manetti_privacy.js";

const params = new URLSearchParams(location.search);
const only = params.get("only");
const start = performance.now();
await init();
const initialised = performance.now();
if (params.has("split")) policyData("nl");
const catalog = performance.now();
if (only !== "policy") {
  mountBanner(document.getElementById("banner"), { locale: "nl", acceptedVersion: "2018-05-24", now: "2026-11-25" });
}
const banner = performance.now();
if (only !== "banner") mountPolicy(document.getElementById("policy"), { locale: "nl", version: "2018-05-24" });
const policy = performance.now();
window.__bench = { moduleStart: start, initialised, banner, policy,
  initMs: initialised - start, catalogMs: catalog - initialised, bannerMs: banner - initialised, policyMs: policy - banner };
