import { withSerwist } from '@serwist/turbopack';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm run dev` serves http://localhost:3000 and http://127.0.0.1:3000 alike: Next refuses its
  // HMR socket and dev chunks to any other origin, and the page then never hydrates.
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  // These load native/wasm code or resolve modules at run time; bundling them breaks that
  // and would give Next's bundles a second copy of the db driver.
  serverExternalPackages: [
    '@electric-sql/pglite',
    '@node-rs/argon2',
    'postgres',
    'drizzle-orm',
    'rate-limiter-flexible',
    'ioredis',
    'socket.io',
  ],
  poweredByHeader: false,
  // Next 15+ loads every route's bundle at start: ~120 MB of RSS before the first request
  // (383 → 260 MB idle here). Loading each on its first request keeps a sign-in burst under 400 MB.
  experimental: { preloadEntriesOnStart: false },
};

// withSerwist keeps esbuild (which bundles the service worker, app/serwist/[path]/route.ts) out of Next's bundles.
export default withSerwist(nextConfig);
