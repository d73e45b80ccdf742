// Takes over a static policy page: the module re-renders it in place, so the language
// and version switches work without reloading. Without JavaScript the page still reads.
import init, { mountPolicy, versions } from "./pkg/manetti_privacy.js";

const root = document.getElementById("policy-root");
await init();
// ?compare=<version> (the links of the Atom feed) opens the comparison with the newest version.
const compare = new URLSearchParams(location.search).get("compare");
const known = versions().some((v) => v.id === compare);
mountPolicy(root, { locale: root.dataset.locale, version: root.dataset.version, ...(known && { compare }) });
root.addEventListener("click", (event) => {
  const locale = event.target.closest?.("[data-locale]")?.dataset.locale;
  if (locale) document.documentElement.lang = locale;
});
