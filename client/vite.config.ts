import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';

const serverUrl = process.env.PEERCIRCLE_DEV_SERVER ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [
    react(),
    // Served as-is by the server (Content-Encoding negotiated): nothing is compressed per request.
    compression({ algorithms: ['gzip', 'brotliCompress'], include: /\.(js|css|html|svg|json)$/, threshold: 1024 }),
  ],
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': serverUrl,
      '/socket.io': { target: serverUrl, ws: true },
    },
  },
  build: {
    // Source maps stay build artefacts: no reference in the bundles, and the server never serves them.
    sourcemap: 'hidden',
    // Which chunks each entry and route load, for the size budget check.
    manifest: true,
  },
});
