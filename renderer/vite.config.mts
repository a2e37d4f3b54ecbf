import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";

// The renderer is loaded from app://renderer/ in Electron (and served by the e2e harness), so assets
// use relative paths.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("../out/renderer", import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    // `npm run bench:ui -- --profile` builds without minifying, so CPU profiles name functions.
    ...(process.env.FOURD_BENCH_PROFILE ? { minify: false } : {}),
  },
});
