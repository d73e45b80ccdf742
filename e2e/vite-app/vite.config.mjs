// Vite config for a control panel that uses manetti-privacy from a linked package
// (npm link, a workspace, or file:): the package lives outside this root.
import { defineConfig, searchForWorkspaceRoot } from "vite";
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import vue from "@vitejs/plugin-vue";

const root = fileURLToPath(new URL(".", import.meta.url));
const pkg = realpathSync(fileURLToPath(new URL("./node_modules/manetti-privacy", import.meta.url)));

export default defineConfig({
  // Vue: the three tags are custom elements, not Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith("manetti-") } } })],
  // Keep the package out of dependency pre-bundling: esbuild would move the glue away from
  // its .wasm (breaking `new URL("…_bg.wasm", import.meta.url)`) and could load the module
  // twice, once per entry ("manetti-privacy" and "manetti-privacy/elements").
  optimizeDeps: { exclude: ["manetti-privacy"] },
  // The dev server serves only files under the workspace root; a linked package is elsewhere.
  server: { fs: { allow: [searchForWorkspaceRoot(process.cwd()), pkg] } },
  // Three pages: index.html (the functions and the elements), react.html (React 19), vue.html.
  build: {
    target: "es2022",
    rollupOptions: { input: { main: join(root, "index.html"), react: join(root, "react.html"),
      vue: join(root, "vue.html") } },
  },
  esbuild: { jsx: "automatic" },
});
