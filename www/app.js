// The demo control panel: the privacy policy, the change banner and "your data",
// mounted from the wasm module the way a real panel would.
import init, { mountPolicy } from "./pkg/manetti_privacy.js";

const params = new URLSearchParams(location.search);
const locale = params.get("lang") ?? "nl";
const view = params.get("view") ?? "policy";

document.documentElement.lang = locale;
const select = document.getElementById("panel-locale");
select.value = locale;
select.addEventListener("change", () => {
  params.set("lang", select.value);
  location.search = params.toString();
});
for (const link of document.querySelectorAll("#panel-nav a[href^='?']")) {
  const target = new URLSearchParams(link.getAttribute("href").slice(1));
  target.set("lang", locale);
  link.href = "?" + target.toString();
  if (target.get("view") === view) link.setAttribute("aria-current", "page");
}
document.getElementById("nav-website").href = `policy.${locale}.html`;

await init();
mountPolicy(document.getElementById("policy-host"), { locale });
