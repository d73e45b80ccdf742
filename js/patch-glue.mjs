// Makes the wasm-bindgen glue safe to share on one page (run by scripts/setup.sh after
// wasm-pack, before anything else touches the glue):
// - init() is idempotent and shared: concurrent and repeated calls return one promise, the
//   wasm is fetched and instantiated once, and a failed init can be retried;
// - an export called before init() throws an Error that says to call init() first, instead
//   of "Cannot read properties of undefined".
// Fails the build when the glue no longer has the expected shape.
import { readFileSync, writeFileSync } from "node:fs";

const path = process.argv[2];
let glue = readFileSync(path, "utf8");
const edits = [
  ["let wasmModule, wasmInstance, wasm;",
    "let wasmModule, wasmInstance, wasmInit, wasm = new Proxy({}, { get() {\n" +
    "    throw new Error(\"manetti-privacy: call init() first (await init() before any other export)\");\n} });"],
  ["function __wbg_finalize_init(instance, module) {",
    "function __wbg_finalize_init(instance, module) {\n    if (wasmInstance !== undefined) return wasm;"],
  ["if (wasm !== undefined) return wasm;", "if (wasmInstance !== undefined) return wasm;"],
  ["async function __wbg_init(module_or_path) {",
    "function __wbg_init(module_or_path) {\n" +
    "    if (wasmInstance !== undefined) return Promise.resolve(wasm);\n" +
    "    return wasmInit ??= __wbg_init_once(module_or_path).catch((e) => { wasmInit = undefined; throw e; });\n" +
    "}\n\nasync function __wbg_init_once(module_or_path) {"],
];
for (const [from, to] of edits) {
  if (!glue.includes(from)) {
    console.error(`patch-glue: "${from}" not found in ${path}`);
    process.exit(1);
  }
  glue = glue.replaceAll(from, to);
}
writeFileSync(path, glue);
