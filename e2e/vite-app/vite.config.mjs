// Vite config for a control panel that uses manetti-privacy from a linked package
// (npm link, a workspace, or file:): the package lives outside this root.
import { defineConfig, searchForWorkspaceRoot } from "vite";
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";

const pkg = realpathSync(fileURLToPath(new URL("./node_modules/manetti-privacy", import.meta.url)));

export default defineConfig({
  // Keep the package out of dependency pre-bundling: esbuild would move the glue away from
  // its .wasm (breaking `new URL("…_bg.wasm", import.meta.url)`) and could load the module
  // twice, once per entry ("manetti-privacy" and "manetti-privacy/elements").
  optimizeDeps: { exclude: ["manetti-privacy"] },
  // The dev server serves only files under the workspace root; a linked package is elsewhere.
  server: { fs: { allow: [searchForWorkspaceRoot(process.cwd()), pkg] } },
  build: { target: "es2022" },
});
