import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { catalogIndexPlugin } from './src/build/catalog-index-plugin.ts';

export default defineConfig({
  plugins: [react(), catalogIndexPlugin(import.meta.dirname)],
  build: { outDir: 'dist', sourcemap: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
  },
});
