import { closeDatabase, getDatabase } from './client';
import { migrateDatabase } from './migrate';

const database = getDatabase();
await migrateDatabase(database);
console.log(`migrations applied (${database.engine})`);
await closeDatabase();
