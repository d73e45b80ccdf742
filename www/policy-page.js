// Takes over a static policy page: the module re-renders it in place, so the language
// and version switches work without reloading. Without JavaScript the page still reads.
import init, { mountPolicy } from "./pkg/manetti_privacy.js";

const root = document.getElementById("policy-root");
await init();
mountPolicy(root, { locale: root.dataset.locale, version: root.dataset.version });
root.addEventListener("click", (event) => {
  const locale = event.target.closest?.("[data-locale]")?.dataset.locale;
  if (locale) document.documentElement.lang = locale;
});
