/** @type {import('next').NextConfig} */
const nextConfig = {
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
};

export default nextConfig;
