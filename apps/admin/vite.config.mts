import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/admin/',
  plugins: [react()],
  resolve: {
    alias: {
      '@toasoan/editor': here('../../libs/editor/src/index.ts'),
      '@toasoan/workflow': here('../../libs/workflow/src/index.ts'),
      '@toasoan/vi-text': here('../../libs/vi-text/src/index.ts'),
    },
  },
  server: {
    port: 5173,
    // `npm run dev:admin` beside a running API (`npm start`, port 3000 by default).
    proxy: { '/api': process.env.API_URL ?? 'http://127.0.0.1:3000' },
  },
  // No manualChunks: every screen is a lazy route (src/screens.tsx), so the editor and its
  // tiptap/ProseMirror libraries land in their own chunk (EditorPage-*.js). A manual vendor
  // group pulled shared modules with it and made the login page load the editor.
  build: {
    outDir: here('../../dist/admin'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
  },
});
