import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { catalogIndexPlugin } from './src/build/catalog-index-plugin.ts';

// Only runtime dependencies here: `npm start` builds with this file after `npm ci --omit=dev`.
// The unit-test settings live in vitest.config.ts.
export default defineConfig({
  plugins: [react(), catalogIndexPlugin(import.meta.dirname)],
  build: { outDir: 'dist', sourcemap: true },
});
