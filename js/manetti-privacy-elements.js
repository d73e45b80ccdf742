// Custom elements for manetti-privacy: <manetti-privacy-policy>, <manetti-privacy-banner> and
// <manetti-your-data>. Each renders into its own shadow root, styled by one constructable
// stylesheet, so host CSS does not leak in and ours does not leak out. Plain JS, no framework.
//
//   <script type="module" src="/manetti-privacy/manetti-privacy-elements.js"></script>
//   <manetti-privacy-banner accepted-version="2018-05-24"></manetti-privacy-banner>
//
// Attributes: lang, version, accepted-version, policy-url, now (YYYY-MM-DD: the server's date
// wins over the browser's), compare and hide-language-switch (policy), customer-json (banner,
// your-data: the id of a <script type="application/json"> holding the record, CSP-safe).
// Property: customer (the record; wins over customer-json).
// Events (bubble, composed): privacy-accepted (detail: the receipt; event.waitUntil(promise)
// keeps the banner busy until the promise settles), privacy-later, privacy-banner-shown,
// privacy-comparison-opened (detail: { version, locale }).
// It shares the one instance of the module with the page: init() is idempotent.
import init, {
  mountPolicy, mountBanner, mountYourData, styleSheetText, preferredLocale, needsAcceptance, versions,
} from "./manetti_privacy.js";

const ready = init();
let sheet = null;

// One shared stylesheet: the component's, plus the host's switches (attribute selectors, so no
// inline style is needed).
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`${styleSheetText()}\n:host([hide-language-switch]) .mp-languages { display: none; }`);
  }
  return sheet;
}

class ManettiElement extends HTMLElement {
  static observedAttributes = [
    "lang", "version", "accepted-version", "policy-url", "now", "compare", "hide-language-switch",
    "customer-json",
  ];
  #container = null;
  #handle = null;
  #generation = 0;

  constructor() {
    super();
    this.attachShadow({ mode: "open" });
    // A customer set before this element was defined is an own property: move it to the setter.
    if (Object.hasOwn(this, "customer")) {
      const record = this.customer;
      delete this.customer;
      queueMicrotask(() => { this.customer = record; });
    }
  }

  connectedCallback() { this.render(); }

  disconnectedCallback() {
    this.#generation++;
    this.#clear();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.render();
  }

  /** The locale: the lang attribute, else the closest ancestor's, else navigator.languages. */
  get locale() {
    const own = this.getAttribute("lang") ?? this.parentElement?.closest("[lang]")?.getAttribute("lang");
    return own || preferredLocale(navigator.languages ?? [navigator.language]);
  }

  /** Renders, or shows an error state; never throws into the host page. */
  async render() {
    const generation = ++this.#generation;
    try {
      await ready;
    } catch (error) {
      this.#fail(error);
      return;
    }
    if (generation !== this.#generation || !this.isConnected) return;
    this.shadowRoot.adoptedStyleSheets = [styles()];
    this.#clear();
    this.#container = document.createElement("div");
    this.shadowRoot.append(this.#container);
    try {
      this.#handle = this.mount(this.#container, this.locale);
    } catch (error) {
      this.#fail(error);
    }
  }

  #clear() {
    this.#handle?.destroy();
    this.#handle = null;
    this.shadowRoot.replaceChildren();
  }

  /** Shows the error instead of the content (never the content of a previous record). */
  fail(error) { this.#fail(error); }

  #fail(error) {
    this.#clear();
    const message = document.createElement("p");
    message.className = "mp-error";
    message.setAttribute("role", "alert");
    const text = String(error?.message ?? error).slice(0, 300);
    message.textContent = `${this.localName}: ${text}`;
    this.shadowRoot.append(message);
    console.error(`manetti-privacy: <${this.localName}>: ${text}`);
  }

  get handle() { return this.#handle; }

  /** Adds the `now` attribute (the server's date) to `options`; the wasm side validates it. */
  withNow(options) {
    const now = this.getAttribute("now");
    if (now !== null) options.now = now;
    return options;
  }

  /**
   * The customer: the property when set, else the JSON in the `<script type="application/json">`
   * that the customer-json attribute names (undefined when neither). Throws a clear Error.
   */
  customerRecord(property) {
    if (property !== undefined) return property;
    const id = this.getAttribute("customer-json");
    if (id === null) return undefined;
    const root = this.getRootNode();
    const script = (root.getElementById ? root : document).getElementById(id);
    if (!script || script.localName !== "script" || script.type !== "application/json") {
      throw new Error(`customer-json: no <script type="application/json" id="${id.slice(0, 60)}">`);
    }
    try {
      return JSON.parse(script.textContent);
    } catch (error) {
      throw new Error(`customer-json: #${id.slice(0, 60)} is not JSON: ${error.message}`);
    }
  }
}

class ManettiPrivacyPolicy extends ManettiElement {
  mount(container, locale) {
    const options = { locale };
    const version = this.getAttribute("version");
    const compare = this.getAttribute("compare");
    const now = this.getAttribute("now");
    if (version !== null) options.version = version;
    if (compare !== null) options.compare = compare;
    if (now !== null) {
      // mountPolicy has no `now` option: validate it as needsAcceptance does, then open on the
      // version in effect that day (the catalog's rule: the last one effective on or before it).
      needsAcceptance(null, { now });
      const list = versions();
      options.version ??= list.findLast((v) => v.effective <= now)?.id ?? list[0].id;
    }
    return mountPolicy(container, options);
  }
}

class ManettiPrivacyBanner extends ManettiElement {
  #customer = undefined;
  /** The version accepted here and saved by the host: the banner stays closed for it. */
  #accepted = null;
  get customer() { return this.#customer; }
  set customer(record) { this.#customer = record; if (this.isConnected) this.render(); }
  mount(container, locale) {
    const options = this.withNow({
      locale,
      acceptedVersion: this.#accepted ?? this.getAttribute("accepted-version"),
      onAccept: (receipt) => this.#accept(receipt),
    });
    const customer = this.customerRecord(this.#customer);
    if (customer !== undefined) options.customer = customer;
    const policyUrl = this.getAttribute("policy-url");
    if (policyUrl) options.policyUrl = policyUrl;
    // The element dispatches privacy-accepted itself (with waitUntil); the inner one stops here.
    container.addEventListener("privacy-accepted", (e) => e.stopPropagation());
    return mountBanner(container, options);
  }
  #accept(receipt) {
    const waits = [];
    let open = true;
    const event = new CustomEvent("privacy-accepted", { detail: receipt, bubbles: true, composed: true });
    event.waitUntil = (promise) => {
      if (!open) throw new DOMException("waitUntil() after the event was dispatched", "InvalidStateError");
      waits.push(promise);
    };
    this.dispatchEvent(event);
    open = false;
    return Promise.all(waits).then(() => { this.#accepted = receipt.version; });
  }
}

class ManettiYourData extends ManettiElement {
  #customer = undefined;
  get customer() { return this.#customer; }
  set customer(record) {
    this.#customer = record;
    if (!this.isConnected) return;
    if (!this.handle) { this.render(); return; }
    try {
      this.handle.update(record);
    } catch (error) {
      this.fail(error); // the error, and no data: never the previous customer's
    }
  }
  mount(container, locale) {
    const customer = this.customerRecord(this.#customer);
    if (customer === undefined) return null; // waits for the customer property or customer-json
    const options = this.withNow({ locale, customer });
    const accepted = this.getAttribute("accepted-version");
    if (accepted) options.acceptedVersion = accepted;
    const policyUrl = this.getAttribute("policy-url");
    if (policyUrl) options.policyUrl = policyUrl;
    return mountYourData(container, options);
  }
}

for (const [name, element] of [
  ["manetti-privacy-policy", ManettiPrivacyPolicy],
  ["manetti-privacy-banner", ManettiPrivacyBanner],
  ["manetti-your-data", ManettiYourData],
]) {
  if (!customElements.get(name)) customElements.define(name, element);
}
