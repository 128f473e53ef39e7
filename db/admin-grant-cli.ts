import { closeDatabase, getDatabase } from './client';
import { migrateDatabase } from './migrate';
import { grantAdminByEmail } from '../lib/accounts/admin-emails';

// npm run admin:grant -- someone@example.com [more@example.com …]
const emails = process.argv.slice(2);
if (!emails.length) {
  console.error('usage: npm run admin:grant -- <email> [<email> …]');
  process.exit(1);
}
const database = getDatabase();
await migrateDatabase(database);
const granted = await grantAdminByEmail(database.db, emails);
const found = new Set(granted.map((u) => u.email.toLowerCase()));
for (const email of emails) console.log(found.has(email.toLowerCase()) ? `admin: ${email}` : `unchanged (unknown or already admin): ${email}`);
await closeDatabase();
