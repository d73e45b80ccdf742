// Per-call times of the exports after warm-up, for e2e/hot.mjs: each call 30 times unmeasured,
// then 7 batches; the median batch's milliseconds per call. `?pkg=<dir>` loads the package
// from another directory of the same origin (default: pkg).
import { SAMPLES } from "./samples.js";

const dir = new URLSearchParams(location.search).get("pkg") ?? "pkg";
if (!/^[a-z0-9-]+$/.test(dir)) throw new Error(`pkg must be a directory name, got ${dir}`);
const m = await import(`./${dir}/manetti_privacy.js`);
await m.default();

const times = {};
function time(name, call, perBatch) {
  for (let i = 0; i < 30; i++) call();
  const batches = [];
  for (let b = 0; b < 7; b++) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) call();
    batches.push((performance.now() - start) / perBatch);
  }
  times[name] = batches.sort((a, b) => a - b)[3];
}
const banner = document.body.appendChild(document.createElement("div"));
const policy = document.body.appendChild(document.createElement("div"));
const now = "2026-11-25";
time("changesSince", () => m.changesSince("2018-05-24", "nl", { now }), 100);
time("needsAcceptance", () => m.needsAcceptance("2018-05-24", { now }), 200);
time("policy", () => m.policy("nl"), 100);
time("yourData", () => m.yourData(SAMPLES.jan.customer, "nl"), 200);
time("mountBanner", () => m.mountBanner(banner, { locale: "nl", acceptedVersion: "2018-05-24", now }).destroy(), 100);
time("mountPolicy", () => m.mountPolicy(policy, { locale: "nl", version: "2018-05-24" }).destroy(), 50);
window.__hot = times;
