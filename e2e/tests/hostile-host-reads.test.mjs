// Attacks the reading of host values: revoked Proxies, throwing getters, `length` and index
// traps, huge and cyclic values, window itself. Each must give an Error naming the path,
// fast, and leave every export working, after 10,000 failing calls of every kind.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, openPage, openModulePage } from "./browser.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const page0 = () => openModulePage(env);

test("10,000 failing calls of every kind leave every export working", async () => {
  const { page, context } = await page0();
  const result = await page.evaluate(() => {
    const { mp } = window;
    const revoked = Proxy.revocable({}, {}); revoked.revoke();
    const badLength = new Proxy([], { get(t, k) { if (k === "length") throw new Error("no"); return t[k]; } });
    const badIndex = new Proxy(["domain"], { get(t, k) { if (k === "0") throw new Error("no"); return t[k]; } });
    const badGetter = { customerType: "private", get profile() { throw new Error("boom"); } };
    const div = document.createElement("div");
    const kinds = {
      revokedRecord: () => mp.yourData(revoked.proxy, "nl"),
      revokedOptions: () => mp.mountPolicy(div, revoked.proxy),
      badLength: () => mp.yourData({ customerType: "private", services: badLength }, "nl"),
      badIndex: () => mp.yourData({ customerType: "private", services: badIndex }, "nl"),
      badGetter: () => mp.yourData(badGetter, "nl"),
      revokedLocale: () => mp.policy(revoked.proxy),
      revokedTags: () => mp.preferredLocale(revoked.proxy),
      revokedElement: () => mp.mountBanner(revoked.proxy, { acceptedVersion: null }),
      revokedChanges: () => mp.changesSince(null, "nl", revoked.proxy),
    };
    const messages = {};
    for (const [name, call] of Object.entries(kinds)) {
      for (let i = 0; i < 10000; i++) {
        try { call(); } catch (e) { if (i === 0) messages[name] = `${e.constructor.name}: ${e.message}`; }
      }
    }
    const h = mp.mountBanner(document.body.appendChild(document.createElement("div")), { acceptedVersion: null, locale: "en" });
    const ok = {
      versions: mp.versions().length,
      policy: mp.policy("en").title,
      yourData: mp.yourData({ customerType: "private" }, "en").locale,
      banner: !!document.querySelector(".mp-banner"),
    };
    h.destroy();
    return { messages, ok };
  });
  assert.deepEqual(result.ok, { versions: 2, policy: "Privacy policy", yourData: "en", banner: true });
  const m = result.messages;
  assert.match(m.revokedRecord, /^Error: customer: expected a customer record \(an object\), got a value that throws when read/);
  assert.match(m.revokedOptions, /^Error: options: expected an object, got a value that throws when read/);
  assert.match(m.badLength, /^Error: customer\.services: got a value that throws when read/);
  assert.match(m.badIndex, /^Error: customer\.services: got a value that throws when read/);
  assert.match(m.badGetter, /^Error: customer\.profile: got a value that throws when read/, "a throwing getter is an error, not absent");
  assert.match(m.revokedLocale, /^Error: locale: expected a string, got/);
  assert.equal(m.revokedTags, undefined, "preferredLocale never throws");
  assert.match(m.revokedElement, /^Error: element: expected a DOM element, got a value that throws when read/);
  await context.close();
});

test("window, shared references and a million keys are refused fast, named by type", async () => {
  const { page, context } = await page0();
  const result = await page.evaluate(() => {
    const { mp } = window;
    const time = (f) => { const t = performance.now(); let m; try { f(); } catch (e) { m = e.message; } return { ms: performance.now() - t, m }; };
    let shared = { customerType: "private" };
    for (let d = 0; d < 20; d++) shared = { a: shared, b: shared, c: shared };
    const many = {}; for (let i = 0; i < 1e6; i++) many["k" + i] = i;
    return {
      policyWindow: time(() => mp.mountPolicy(window, {})),
      bannerWindow: time(() => mp.mountBanner(window, { acceptedVersion: null })),
      yourDataWindow: time(() => mp.yourData(window, "nl")),
      optionsWindow: time(() => mp.mountPolicy(document.createElement("div"), window)),
      shared: time(() => mp.yourData(shared, "nl")),
      many: time(() => mp.changesSince(null, "nl", many)),
      // The engine's own cost of listing a million keys, which no reader can avoid.
      ownKeys: time(() => Reflect.ownKeys(many)),
    };
  });
  const { many, ownKeys, ...rest } = result;
  for (const [name, { ms }] of Object.entries(rest)) assert.ok(ms < 1000, `${name} took ${ms} ms`);
  assert.ok(many.ms < 3 * ownKeys.ms + 500, `a million keys: ${many.ms} ms, Reflect.ownKeys alone ${ownKeys.ms} ms`);
  assert.equal(result.policyWindow.m, "element: expected a DOM element, got an object");
  assert.match(result.yourDataWindow.m, /^customer: expected a customer record \(an object\), got an object with more keys than 32/);
  assert.match(result.optionsWindow.m, /^options: expected an object, got an object with more keys than 32/);
  assert.match(result.shared.m, /^customer: unknown key|^customer\.a/);
  assert.match(result.many.m, /^options: expected an object, got an object with more keys than 32/);
  await context.close();
});

test("huge inputs: capped, and an error quotes at most about 80 characters", async () => {
  const { page, context } = await page0();
  const result = await page.evaluate(() => {
    const { mp, wasm } = window;
    const big = "x".repeat(10 * 1024 * 1024);
    const memory0 = wasm.memory.buffer.byteLength;
    const messages = [];
    const host = document.createElement("div");
    for (const call of [
      () => mp.mountYourData(host, { customer: { customerType: "private" }, policyUrl: big }),
      () => mp.policy(big),
      () => mp.policy("nl", big),
      () => mp.yourData({ customerType: "private", services: ["x".repeat(1000)] }, "nl"),
      () => mp.yourData({ customerType: "private", services: Array(100000).fill("domain") }, "nl"),
      () => mp.changesSince(null, "nl", { now: "9".repeat(2000) }),
      () => mp.yourData({ customerType: "private", ["k".repeat(5000)]: 1 }, "nl"),
    ]) { try { call(); messages.push("no error"); } catch (e) { messages.push(e.message); } }
    return { messages, growth: wasm.memory.buffer.byteLength - memory0 };
  });
  for (const m of result.messages) {
    assert.notEqual(m, "no error");
    assert.ok(m.length < 400, `message of ${m.length} characters: ${m.slice(0, 200)}`);
  }
  assert.match(result.messages[0], /^options\.policyUrl: got a string longer than 2048/);
  assert.match(result.messages[4], /^customer\.services: got an array with more items than 64/);
  assert.ok(result.growth < 2 * 1024 * 1024, `wasm memory grew ${result.growth} bytes`);
  await context.close();
});

test("an export called before init() says to call init() first", async () => {
  const { page, context } = await openPage(env, "/policy.en.html");
  const message = await page.evaluate(async () => {
    const mp = await import("/pkg/manetti_privacy.js?fresh");
    try { mp.versions(); return "no error"; } catch (e) { return `${e.constructor.name}: ${e.message}`; }
  });
  assert.match(message, /^Error: manetti-privacy: call init\(\) first/);
  await context.close();
});
