// Gives the wasm's imports short names, in the .wasm and in the glue alike (run by
// scripts/setup.sh after js/patch-glue.mjs, before terser). wasm-bindgen names each import
// `__wbg_<name>_<16 hex digits>` under the module "./manetti_privacy_bg.js": about 90 names
// that gzip cannot compress, written twice (the wasm's import section and the glue's import
// object). Saves about 2 KB gzip; README "Size rules" has the measured figure.
//
// Only names: the import section keeps its order, kinds and types, and no code refers to an
// import by name. Fails the build when a name is not found exactly once in the glue, or when
// the rewritten module's imports differ from the glue's import object.
import { readFileSync, writeFileSync } from "node:fs";

const [wasmPath, gluePath] = process.argv.slice(2);
const MODULE = "./manetti_privacy_bg.js";
const SHORT_MODULE = "w";
const fail = (message) => {
  console.error(`shorten-imports: ${message}`);
  process.exit(1);
};

const bytes = readFileSync(wasmPath);
let glue = readFileSync(gluePath, "utf8");

// --- reading and writing the binary format (LEB128, names, sections) ---
function readU32(buf, at) {
  let value = 0, shift = 0, b;
  do {
    b = buf[at++];
    value |= (b & 0x7f) << shift;
    shift += 7;
  } while (b & 0x80);
  return [value >>> 0, at];
}
function u32(value) {
  const out = [];
  do {
    let b = value & 0x7f;
    value >>>= 7;
    if (value) b |= 0x80;
    out.push(b);
  } while (value);
  return out;
}
const name = (text) => {
  const utf8 = Buffer.from(text, "utf8");
  return [...u32(utf8.length), ...utf8];
};

// Short names: a, b, …, z, A, …, Z, then two letters.
const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const shortName = (i) =>
  i < LETTERS.length ? LETTERS[i] : shortName(Math.floor(i / LETTERS.length) - 1) + LETTERS[i % LETTERS.length];

let at = 8;
const out = [bytes.subarray(0, 8)];
const renamed = new Map();
while (at < bytes.length) {
  const id = bytes[at];
  const [size, contentStart] = readU32(bytes, at + 1);
  const end = contentStart + size;
  if (id !== 2) {
    out.push(bytes.subarray(at, end));
    at = end;
    continue;
  }
  let [count, p] = readU32(bytes, contentStart);
  const content = [...u32(count)];
  for (let i = 0; i < count; i++) {
    let len;
    [len, p] = readU32(bytes, p);
    const module = bytes.subarray(p, p + len).toString("utf8");
    p += len;
    [len, p] = readU32(bytes, p);
    const field = bytes.subarray(p, p + len).toString("utf8");
    p += len;
    // The import's description, copied as it is: kind, then a type index, table, memory or
    // global type.
    const descStart = p;
    const kind = bytes[p++];
    if (kind === 0 || kind === 4) {
      if (kind === 4) p++;
      [, p] = readU32(bytes, p);
    } else if (kind === 1 || kind === 2) {
      if (kind === 1) p++; // reference type
      const flags = bytes[p++];
      [, p] = readU32(bytes, p);
      if (flags & 1) [, p] = readU32(bytes, p);
    } else if (kind === 3) {
      p += 2;
    } else {
      fail(`unknown import kind ${kind}`);
    }
    if (module !== MODULE) fail(`an import from "${module}", not "${MODULE}"`);
    const short = shortName(renamed.size);
    renamed.set(field, short);
    content.push(...name(SHORT_MODULE), ...name(short), ...bytes.subarray(descStart, p));
  }
  if (p !== end) fail("the import section has bytes after its last import");
  out.push(Buffer.from([2, ...u32(content.length), ...content]));
  at = end;
}
if (renamed.size === 0) fail("no import section");

// --- the glue: each name is a key of the import object, exactly once ---
for (const [long, short] of renamed) {
  const pattern = new RegExp(`(?<![\\w$])${long.replace(/\$/g, "\\$")}(?![\\w$])`, "g");
  const found = glue.match(pattern)?.length ?? 0;
  if (found !== 1) fail(`"${long}" is in the glue ${found} times, not once`);
  glue = glue.replace(pattern, short);
}
const moduleKey = JSON.stringify(MODULE);
if (glue.split(moduleKey).length !== 2) fail(`the module key ${moduleKey} is not in the glue once`);
glue = glue.replace(moduleKey, JSON.stringify(SHORT_MODULE));

const wasm = Buffer.concat(out);
const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasm));
const names = new Set(imports.map((i) => `${i.module}.${i.name}`));
for (const short of renamed.values()) {
  if (!names.has(`${SHORT_MODULE}.${short}`)) fail(`the rewritten module lacks ${short}`);
  if (!new RegExp(`[{,\\s]${short}:`).test(glue)) fail(`the glue lacks the key ${short}`);
}
writeFileSync(wasmPath, wasm);
writeFileSync(gluePath, glue);
console.log(`shorten-imports: ${renamed.size} imports renamed, wasm ${bytes.length} -> ${wasm.length} bytes`);
