// One page that imports the package both ways, as the README shows: the functions and the
// custom elements. The wasm must load once, and Accept must fire privacy-accepted.
import init, { mountBanner, versions } from "manetti-privacy";
import "manetti-privacy/elements";

window.accepted = [];
document.addEventListener("privacy-accepted", (e) => window.accepted.push(e.detail));
await init();
mountBanner(document.getElementById("banner"), {
  locale: "en",
  acceptedVersion: versions()[0].id,
  onAccept: async (receipt) => { window.onAcceptReceipt = receipt; },
});
window.ready = true;
