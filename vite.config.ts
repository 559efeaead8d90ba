/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative base so the build works from any sub-path of any static server.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    // The entry chunk (React, zod, the bundled world geometry) is ~200 kB gzipped by design;
    // recharts and the article view are split off. Warn only beyond that budget.
    chunkSizeWarningLimit: 700,
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
