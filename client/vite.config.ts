import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const serverUrl = process.env.PEERCIRCLE_DEV_SERVER ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': serverUrl,
      '/socket.io': { target: serverUrl, ws: true },
    },
  },
  build: { sourcemap: true, chunkSizeWarningLimit: 1024 },
});
