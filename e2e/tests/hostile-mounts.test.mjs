// Attacks mounting: twice into one host, update and clicks after destroy, 200 banners in
// light DOM, a bad record after a good one, the element after 663 bad records.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, openPage, openModulePage } from "./browser.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const page0 = () => openModulePage(env);

test("a second mount into a host replaces the first: the receipt is the visible banner's", async () => {
  const { page, context } = await page0();
  const result = await page.evaluate(() => {
    const { mp } = window;
    const host = document.body.appendChild(document.createElement("div"));
    const receipts = [];
    const o = (locale) => ({ locale, acceptedVersion: "2018-05-24", now: "2027-01-02", onAccept: (r) => { receipts.push(r.locale); } });
    const first = mp.mountBanner(host, o("nl"));
    const second = mp.mountBanner(host, o("en"));
    const banners = host.querySelectorAll(".mp-banner").length;
    host.querySelector("[data-action=accept]").click();
    first.destroy(); // the replaced handle leaves the host alone
    const third = mp.mountBanner(host, o("en"));
    third.destroy();
    const afterDestroy = host.childElementCount;
    host.click();
    second.destroy();
    return { banners, receipts, afterDestroy };
  });
  assert.deepEqual(result, { banners: 1, receipts: ["en"], afterDestroy: 0 });
  await context.close();
});

test("destroy removes the listener; update after destroy throws and fills nothing", async () => {
  const { page, context } = await page0();
  const result = await page.evaluate(() => {
    const { mp } = window;
    const host = document.body.appendChild(document.createElement("div"));
    const h = mp.mountYourData(host, { locale: "en", customer: { customerType: "private" } });
    h.destroy();
    let message = "no error";
    try { h.update({ customerType: "business" }); } catch (e) { message = e.message; }
    let accepted = 0;
    const b = mp.mountBanner(host, { locale: "en", acceptedVersion: null, onAccept: () => { accepted++; } });
    const button = host.querySelector("[data-action=accept]");
    b.destroy();
    host.append(button);
    button.click();
    return { message, children: host.childElementCount, accepted };
  });
  assert.match(result.message, /destroyed/);
  assert.equal(result.accepted, 0);
  await context.close();
});

test("200 banners in light DOM: every id unique, every aria reference resolves in its banner", async () => {
  const { page, context } = await page0();
  const result = await page.evaluate(() => {
    const { mp } = window;
    for (let i = 0; i < 200; i++) {
      mp.mountBanner(document.body.appendChild(document.createElement("div")), { locale: "en", acceptedVersion: "2018-05-24" });
    }
    const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
    const broken = [...document.querySelectorAll("[aria-labelledby]")]
      .filter((e) => !e.parentElement.querySelector(`#${CSS.escape(e.getAttribute("aria-labelledby"))}`)).length;
    return { ids: ids.length, unique: new Set(ids).size, broken };
  });
  assert.ok(result.ids >= 200);
  assert.equal(result.unique, result.ids);
  assert.equal(result.broken, 0);
  await context.close();
});

test("<manetti-your-data>: after Alice, a bad record shows the error and no data, 663 times over", async () => {
  const { page, context } = await openPage(env, "/embed.html");
  const el = page.locator("manetti-your-data");
  await page.evaluate(() => {
    document.querySelector("manetti-your-data").customer =
      { customerType: "private", profile: { firstName: "Alice", email: "alice@example.nl" } };
  });
  await el.getByText("alice@example.nl").first().waitFor();
  const revoked = await page.evaluate(() => {
    const e = document.querySelector("manetti-your-data");
    const r = Proxy.revocable({}, {}); r.revoke();
    for (let i = 0; i < 663; i++) e.customer = r.proxy;
    e.remove();
    document.body.append(e); // re-attached
    e.customer = { customerType: "private", profile: { firstName: "Bob" }, services: ["domian"] };
    return e.shadowRoot.textContent;
  });
  await el.getByRole("alert").waitFor();
  const text = await el.evaluate((e) => e.shadowRoot.textContent);
  assert.ok(!text.includes("alice") && !revoked.includes("alice"), text);
  assert.match(text, /customer\.services\[0\]: unknown value "domian"/);
  await page.evaluate(() => {
    document.querySelector("manetti-your-data").customer = { customerType: "private", profile: { email: "bob@example.nl" } };
  });
  await el.getByText("bob@example.nl").first().waitFor();
  await context.close();
});
