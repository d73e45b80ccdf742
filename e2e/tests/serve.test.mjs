// The demo server serves files under its root and nothing else, however the path is spelled.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { join, sep } from "node:path";
import { tmpdir } from "node:os";
import { fileInRoot, serve } from "../../www/serve.mjs";

test("paths that leave the root are refused, those inside are served", async () => {
  const dir = mkdtempSync(join(tmpdir(), "mp-serve-"));
  const root = join(dir, "www");
  mkdirSync(root);
  mkdirSync(join(dir, "www-private"));
  writeFileSync(join(root, "index.html"), "public");
  writeFileSync(join(dir, "www-private", "x"), "secret");
  const server = await serve(root, 0);
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    for (const path of ["/..%2Fwww-private%2Fx", "/%2E%2E/www-private/x", "/..%5Cwww-private%5Cx",
      "/%2e%2e%2fwww-private/x", "/%E0%A4%A", "/x%00.html"]) {
      const res = await fetch(base + path);
      const body = await res.text();
      assert.notEqual(body, "secret", path);
      assert.ok(res.status === 403 || res.status === 404, `${path}: ${res.status}`);
    }
    const res = await fetch(`${base}/`);
    assert.equal(await res.text(), "public");
  } finally {
    server.close();
    rmSync(dir, { recursive: true });
  }
});

test("a mounted directory is served under its name, and nothing outside it", async () => {
  const dir = mkdtempSync(join(tmpdir(), "mp-serve-"));
  for (const d of ["www", "build", "build-private"]) mkdirSync(join(dir, d));
  writeFileSync(join(dir, "www", "a.js"), "root");
  writeFileSync(join(dir, "build", "a.js"), "mounted");
  writeFileSync(join(dir, "build-private", "x"), "secret");
  const server = await serve(join(dir, "www"), 0, "127.0.0.1", { "build-1": join(dir, "build") });
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    assert.equal(await (await fetch(`${base}/a.js`)).text(), "root");
    assert.equal(await (await fetch(`${base}/build-1/a.js`)).text(), "mounted");
    assert.equal((await fetch(`${base}/build-2/a.js`)).status, 404);
    for (const path of ["/build-1/..%2Fbuild-private%2Fx", "/build-1/%2E%2E/build-private/x"]) {
      const res = await fetch(base + path);
      assert.notEqual(await res.text(), "secret", path);
      assert.ok(res.status === 403 || res.status === 404, `${path}: ${res.status}`);
    }
  } finally {
    server.close();
    rmSync(dir, { recursive: true });
  }
});

test("fileInRoot decodes, resolves and compares with the root plus a separator", () => {
  const root = join(tmpdir(), "www");
  assert.equal(fileInRoot(root, "/..%2Fwww-private%2Fx"), null);
  assert.equal(fileInRoot(root, "/../www"), null);
  assert.equal(fileInRoot(root, "/%ZZ"), null);
  assert.equal(fileInRoot(root, "/a/../b.js"), `${root}${sep}b.js`);
  assert.equal(fileInRoot(root, "/"), `${root}${sep}index.html`);
});
