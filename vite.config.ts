import { defineConfig } from "vite";

// The explorer lives in client/ and is served, built, by the API server from dist/client.
// `npx vite` serves it with hot reload, proxying /api to a running `npm start`.
export default defineConfig({
  root: "client",
  publicDir: false,
  build: {
    outDir: "../dist/client",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: true,
  },
  server: {
    proxy: { "/api": `http://127.0.0.1:${process.env.PORT ?? 8787}` },
  },
});
