import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * Writes /admin/sw.js (src/offline/service-worker.js) with the list of this build's hashed files
 * to precache. Its content, and so the browser's update check, changes with every new build.
 */
function adminServiceWorker(): Plugin {
  return {
    name: 'toasoan-admin-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const assets = Object.keys(bundle)
        .filter((f) => f.startsWith('assets/') && !f.endsWith('.map'))
        .sort()
        .map((f) => `/admin/${f}`);
      const version = createHash('sha256').update(assets.join('\n')).digest('hex').slice(0, 16);
      const source = readFileSync(here('src/offline/service-worker.js'), 'utf8').replace(
        'self.__ADMIN_BUILD__',
        JSON.stringify({ version, assets }),
      );
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

export default defineConfig({
  root: here('.'),
  base: '/admin/',
  plugins: [react(), adminServiceWorker()],
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
