/// <reference types="vitest/config" />
import { defineConfig } from "vite";

// Preact without a plugin: Vite's transformer (oxc) compiles JSX to
// preact's runtime.
// The Fluent files live in ../locales (shared with the CLI), hence fs.allow.
export default defineConfig({
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  base: "./",
  build: {
    outDir: "dist",
    target: "es2020",
    emptyOutDir: true,
    rollupOptions: {
      output: {
        // One chunk per language (src/i18n.ts loads it when chosen), not
        // one per Fluent file.
        manualChunks(id: string) {
          const m = /locales\/([^/]+)\/[^/]+\.ftl/.exec(id);
          return m && m[1] !== "en" ? `locale-${m[1]}` : undefined;
        },
      },
    },
  },
  server: { fs: { allow: [".."] }, port: 1420, strictPort: true },
  test: { environment: "jsdom" },
});
