import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createSerwistRoute } from '@serwist/turbopack';

/*
 * The service worker (/serwist/sw.js), bundled from app/sw.ts by Serwist at build time with the
 * precache manifest of .next/static and public/ injected. The offline page is a static file
 * (public/offline.html): it holds nothing personal, unlike pages rendered with the session.
 */
const offlineRevision = createHash('sha256').update(readFileSync(path.join(process.cwd(), 'public/offline.html'))).digest('hex').slice(0, 16);

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: 'app/sw.ts',
  useNativeEsbuild: true,
  // public/offline.html is precached by the glob; these files are not worth a phone's storage.
  globIgnores: ['public/icons/icon.svg', 'public/icons/maskable-512.png', 'public/icons/icon-512.png'],
  additionalPrecacheEntries: [],
  manifestTransforms: [
    async (entries) => ({
      manifest: entries.map((e) => (e.url === '/offline.html' ? { ...e, revision: offlineRevision } : e)),
      warnings: [],
    }),
  ],
});
