import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import drizzle from 'eslint-plugin-drizzle';

const config = [
  { ignores: ['.next/**', 'node_modules/**', '.data/**', '.scratch/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'db/migrations/**'] },
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
    files: ['**/*.test.ts', 'tests/**', 'e2e/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Client and UI code must not reach into the database or server-only domain modules.
    files: ['components/**', 'app/**/*.tsx'],
    ignores: ['app/**/page.tsx', 'app/layout.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@/db/*', '@/lib/*/queries', '@/lib/*/mutations', '@/lib/auth/server-session'] }],
    },
  },
];

export default config;
