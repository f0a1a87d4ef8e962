import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Libraries that only the editor screens load; kept out of the chunks the login page needs.
const EDITOR_PACKAGES = [
  '@tiptap/',
  'prosemirror-',
  '@mantine/tiptap',
  'linkifyjs',
  'orderedmap',
  'rope-sequence',
  'w3c-keyname',
];

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
  build: {
    outDir: here('../../dist/admin'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          if (!id.includes('node_modules')) return undefined;
          if (EDITOR_PACKAGES.some((p) => id.includes(`node_modules/${p}`))) return 'editor-vendor';
          if (id.includes('node_modules/@mantine/dates') || id.includes('node_modules/dayjs'))
            return 'dates';
          return undefined;
        },
      },
    },
  },
});
