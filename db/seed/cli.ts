import { closeDatabase, getDatabase } from '../client';
import { migrateDatabase } from '../migrate';
import { seedDemo } from './index';

const database = getDatabase();
await migrateDatabase(database);
const result = await seedDemo(database.db);
console.log(`demo data seeded (${database.engine}):`, result);
await closeDatabase();
