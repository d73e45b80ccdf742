// Vue 3 with the custom elements, as the README shows (PrivacyBanner.vue).
import { createApp } from "vue";
import "manetti-privacy/elements";
import PrivacyBanner from "./PrivacyBanner.vue";

window.accepted = [];
createApp(PrivacyBanner, {
  accepted: "2018-05-24",
  customer: { customerType: "private", services: ["domain"] },
  save: (receipt) => window.accepted.push(receipt),
}).mount("#app");
window.ready = true;
