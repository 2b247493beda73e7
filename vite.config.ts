import { defineConfig } from 'vite';

/** Vite build for the browser app; the worker is bundled as an ES module. */
export default defineConfig({
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
});
