import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import drizzle from 'eslint-plugin-drizzle';
import importX from 'eslint-plugin-import-x';

/**
 * Temporary: the after-commit broadcast still reaches from the domain into the Socket.IO
 * transport through these two files; the outbox (lib/events/) replaces them, and then this goes.
 * tests/architecture.test.ts keeps the same list for the folder-level cycle check.
 */
const lruCacheImport = { name: 'lru-cache', allowTypeImports: true, message: "Make caches with boundedCache from '@/lib/core/bounded-cache'." };

const config = [
  { ignores: ['.next/**', 'dist/**', 'node_modules/**', '.data/**', '.scratch/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'db/migrations/**'] },
  ...nextVitals,
  ...nextTs,
  {
    plugins: { drizzle },
    rules: {
      // Only drizzle handles are checked: every UPDATE and DELETE must say which rows.
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The layers, linted (cal.com does the same): no file-level cycle in lib/ or db/, and the
    // domain never reaches up into pages, components, transports or ops. Cycles between
    // folders are checked by tests/architecture.test.ts.
    files: ['lib/**/*.ts', 'lib/**/*.tsx', 'db/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: importX.flatConfigs.typescript.settings,
    rules: {
      'import-x/no-cycle': ['error', { maxDepth: Infinity }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              // lib/process is the composition root server.ts calls: it wires transports to the domain.
              target: './lib/!(realtime|ops|http|jobs|process)/**',
              from: ['./app/**', './components/**', './lib/realtime/**', './lib/ops/**', './lib/http/**'],
              message: 'Domain code (lib/<domain>) never imports pages, components, the realtime or HTTP transport, or ops.',
            },
            {
              target: './db/schema/**',
              from: ['./lib/**', './app/**', './components/**'],
              message: 'The database schema stands alone: it never imports lib/, app/ or components/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['db/constants/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['drizzle-orm', 'drizzle-orm/*', '@/db/*', '../*'], message: 'db/constants holds plain lists that the browser loads: no drizzle, no schema.' }] }],
    },
  },
  {
    // One parsed environment (lib/env.ts, zod): the app reads its variables through env().
    ignores: ['lib/env.ts', '**/*.test.ts', 'tests/**', 'e2e/**', 'bench/**', 'scripts/**', 'examples/**', 'db/scripts/**', '*.config.{ts,mjs}'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read variables through env() from @/lib/env (add new ones to its schema).' }],
    },
  },
  {
    files: ['**/*.test.ts', 'tests/**', 'e2e/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Client and UI code must not reach into the database or server-only domain modules
    // (tests/architecture.test.ts follows the imports of every client module all the way down).
    files: ['components/**', 'app/**/*.tsx'],
    ignores: ['app/**/page.tsx', 'app/layout.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^@/db/(?!constants/)', message: 'The browser gets no database code; plain lists are in db/constants.' },
            { group: ['@/lib/*/queries', '@/lib/*/mutations', '@/lib/auth/server-session'], message: 'Server-only: call the API instead.' },
          ],
        },
      ],
    },
  },
  {
    // lru-cache's `max` allocates every entry's slots up front: caches go through boundedCache (lib/core/bounded-cache.ts says why).
    // A later block setting this rule replaces it, so those blocks list lruCacheImport too.
    ignores: ['lib/core/bounded-cache.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [lruCacheImport] }],
    },
  },
  {
    // Links prefetch on intent, not on sight (components/ui/link.tsx says why).
    files: ['components/**', 'app/**'],
    ignores: ['components/ui/link.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: "Import Link from '@/components/ui/link'." }, lruCacheImport] }],
    },
  },
  {
    // zod schemas are shared with client forms: only types may come from the database side.
    files: ['lib/*/schema.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [lruCacheImport],
          patterns: [
            { regex: '^@/db/(?!constants/)', allowTypeImports: true, message: 'Import the plain lists from db/constants, or only types.' },
            { group: ['@/lib/*/queries', '@/lib/*/mutations'], allowTypeImports: true, message: 'Only types from server-only modules.' },
          ],
        },
      ],
    },
  },
];

export default config;
