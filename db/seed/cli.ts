import { registerPaymentPurposes } from '@/lib/process/register';
import { closeDatabase, getDatabase } from '../client';
import { migrateDatabase } from '../migrate';
import { needsSeed, seedDemo } from './index';

// The demo books spaces and joins games, and pays for them.
registerPaymentPurposes();
const database = getDatabase();
await migrateDatabase(database);
if (!(await needsSeed(database.db))) {
  console.log('database already has users; demo data not loaded again');
  await closeDatabase();
  process.exit(0);
}
const result = await seedDemo(database.db);
console.log(`demo data seeded (${database.engine}):`, result);
await closeDatabase();
