// The change notice on a phone (375 × 812), in Dutch and English, before and after the
// effective date, for three customers: what the first screen says and does not say, that no
// sentence is clipped, how tall the comparison is before anything is expanded, where the
// focus goes after Escape and after closing the confirmation, and 44 px touch targets.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, openModulePage } from "./browser.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const PHONE = { width: 375, height: 812 };
// About four phone screens before any further expansion (issue 20).
const COMPARISON_MAX = 3250;

const CUSTOMERS = {
  "private, domain only": { customerType: "private", services: ["domain"] },
  "private, Office 365": { customerType: "private", services: ["domain", "mailbox-office365"] },
  "business (vof), IMAP, invoice in collection": {
    customerType: "business", profile: { companyName: "Jansen & De Vries vof" },
    services: ["mailbox-imap"], events: ["invoice-in-collection"],
  },
};

// What each first screen must say, and must not say, per locale.
const SAYS = {
  nl: {
    google: "Nu beschreven, en al zo: je gegevens kunnen via Google in de Verenigde Staten terechtkomen.",
    both: "Nu beschreven, en al zo: je gegevens kunnen via Google en Microsoft in de Verenigde Staten terechtkomen.",
    news: "Krijg je onze e-mails met nieuws en tips? Je kunt er altijd bezwaar tegen maken.",
    before: /^We hebben 2 onjuiste zinnen in ons privacybeleid verbeterd\. De rest gaat in op 1\sjanuari\s2027\.$/,
    after: /^Ons privacybeleid is op 1\sjanuari\s2027 veranderd\.$/,
    corrections: "We hebben ook 2 onjuiste zinnen in het beleid verbeterd.",
    compare: "Bekijk alle wijzigingen",
    accept: "Gelezen",
    close: "Sluiten",
  },
  en: {
    google: "Now described, and already so: your data may end up in the United States through Google.",
    both: "Now described, and already so: your data may end up in the United States through Google and Microsoft.",
    news: "Do you get our e-mails with news and tips? You can always object to them.",
    before: /^We corrected 2 untrue sentences in our privacy policy\. The rest applies from 1\sJanuary\s2027\.$/,
    after: /^Our privacy policy changed on 1\sJanuary\s2027\.$/,
    corrections: "We also corrected 2 untrue sentences in the policy.",
    compare: "Show all changes",
    accept: "I’ve read this",
    close: "Close",
  },
};

/** Mounts the banner for `customer` into a fresh host on a phone-sized page. */
async function mountBanner(locale, now, customer) {
  const opened = await openModulePage(env, "/policy.en.html");
  await opened.page.setViewportSize(PHONE);
  await opened.page.evaluate(({ locale, now, customer }) => {
    document.body.replaceChildren();
    const host = document.createElement("div");
    host.id = "host";
    document.body.append(host);
    // The panel's own stylesheet is the package's, adopted once (as the README shows).
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(window.mp.styleSheetText());
    document.adoptedStyleSheets = [sheet];
    window.receipts = [];
    window.handle = window.mp.mountBanner(host, {
      locale, acceptedVersion: "2018-05-24", now, customer,
      onAccept: (r) => { window.receipts.push(r); },
    });
  }, { locale, now, customer });
  await opened.page.locator("#host h2").waitFor();
  return opened;
}

/** Elements of `root` whose content is cut off: taller or wider than their box. */
function clipped(page, selector) {
  return page.evaluate((selector) => [...document.querySelectorAll(`${selector} *`)]
    .filter((e) => e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1)
    .filter((e) => getComputedStyle(e).overflow !== "visible" || getComputedStyle(e).textOverflow !== "clip")
    .map((e) => `${e.tagName}.${e.className}: ${e.textContent.slice(0, 60)}`), selector);
}

/** The first screen's sentences: the headline and the list and paragraphs before the buttons. */
function firstScreen(page) {
  return page.evaluate(() => {
    const banner = document.querySelector("#host .mp-banner");
    const out = [];
    for (const node of banner.children) {
      if (node.matches(".mp-actions")) break;
      if (node.matches(".mp-banner-strip")) continue;
      if (node.tagName === "UL") out.push(...[...node.children].map((li) => li.textContent));
      else out.push(node.textContent);
    }
    return out;
  });
}

for (const locale of ["nl", "en"]) {
  const says = SAYS[locale];
  for (const [now, side] of [["2026-12-08", "before"], ["2027-01-02", "after"]]) {
    for (const [who, customer] of Object.entries(CUSTOMERS)) {
      test(`${locale}, ${side} 1 January 2027, ${who}: the first screen says what changes for them`, async () => {
        const { page, context, problems } = await mountBanner(locale, now, customer);
        const lines = await firstScreen(page);
        assert.match(lines[0], says[side]);
        const office365 = who.includes("Office 365");
        // Their data first: Microsoft only for the Office 365 customer.
        assert.equal(lines.includes(office365 ? says.both : says.google), true, lines.join("\n"));
        assert.equal(lines.some((l) => l.includes("Microsoft")), office365, lines.join("\n"));
        // Then what they may act on; the corrections said once (in the headline before the
        // date, on their own line after it).
        assert.equal(lines.includes(says.news), true);
        assert.equal(lines.includes(says.corrections), side === "after");
        // Nothing untrue: no "krijgen"/"get" for a transfer, no legal basis for a safeguard.
        const text = lines.join(" ");
        for (const wrong of ["krijgen gegevens", "get data", "Grondslag", "Legal basis", "payment provider"]) {
          assert.equal(text.includes(wrong), false, `${wrong}: ${text}`);
        }
        assert.ok(text.split(/\s+/).length <= 65, `${text.split(/\s+/).length} words: ${text}`);
        // Full sentences: nothing in the banner is cut off.
        assert.deepEqual(await clipped(page, "#host .mp-banner"), []);
        // The buttons are on the first screen, and every target is at least 44 × 44 px.
        const accept = await page.getByRole("button", { name: says.accept, exact: true }).boundingBox();
        assert.ok(accept.y + accept.height <= PHONE.height, `Accept on the first screen: ${JSON.stringify(accept)}`);
        const small = await page.evaluate(() => [...document.querySelectorAll("#host button, #host summary, #host a")]
          .map((e) => [e.textContent.trim().slice(0, 40), e.getBoundingClientRect()])
          .filter(([, r]) => r.width < 44 || r.height < 44)
          .map(([t, r]) => `${t}: ${Math.round(r.width)}×${Math.round(r.height)}`));
        assert.deepEqual(small, []);
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  }

  test(`${locale}: the comparison fits four phone screens before anything is expanded`, async () => {
    const { page, context, problems } = await mountBanner(locale, "2026-12-08", CUSTOMERS["private, Office 365"]);
    await page.getByRole("button", { name: says.compare }).click();
    const body = page.locator(".mp-dialog-body");
    await body.waitFor();
    const height = await body.evaluate((b) => b.scrollHeight);
    assert.ok(height <= COMPARISON_MAX, `the comparison is ${height} px tall`);
    console.log(`${locale}: the comparison is ${height} px tall on a phone`);
    // The text changes wait behind a closed disclosure.
    assert.equal(await page.locator(".mp-text-changes").evaluate((d) => d.open), false);
    // The renamed sections are wording, not processing.
    const processing = await page.locator(".mp-structure li").allTextContents();
    assert.equal(processing.some((l) => /hernoemd|renamed/.test(l)), false, processing.join("\n"));
    // Every summary and button inside is a 44 px target.
    const small = await page.evaluate(() => [...document.querySelectorAll(".mp-dialog button, .mp-dialog summary")]
      .map((e) => e.getBoundingClientRect()).filter((r) => r.width < 44 || r.height < 44).length);
    assert.equal(small, 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${locale}: Escape gives the focus back to "show all changes"; closing the confirmation keeps it in the host`, async () => {
    const { page, context, problems } = await mountBanner(locale, "2026-12-08", CUSTOMERS["private, domain only"]);
    const opener = page.getByRole("button", { name: says.compare });
    await opener.click();
    await page.getByRole("dialog").waitFor();
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await page.waitForFunction(() => document.activeElement !== document.body);
    assert.equal(await page.evaluate(() => document.activeElement.dataset.action), "toggle-comparison");
    // Accept; the confirmation takes the focus; closing it leaves the focus in the host.
    await page.getByRole("button", { name: says.accept, exact: true }).click();
    await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "status");
    await page.getByRole("button", { name: says.close, exact: true }).click();
    await page.locator("#host [role=status]").waitFor({ state: "detached" });
    const focused = await page.evaluate(() => document.activeElement.id || document.activeElement.tagName);
    assert.equal(focused, "host");
    assert.equal(await page.evaluate(() => window.receipts.length), 1);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
