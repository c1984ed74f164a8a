/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The workspace packages export their TypeScript sources under the `development` condition.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['development', 'browser', 'module', 'import', 'default'] },
  server: { host: process.env.HOST ?? '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: process.env.HOST ?? '127.0.0.1', port: 5173, strictPort: true },
  build: { chunkSizeWarningLimit: 1500 },
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
