import { getDatabase, setDatabase, withQueryLog } from '@/db/client';

/** How many SQL statements `run` sends, through the app's own database handle. */
export async function countStatements(run: () => Promise<unknown>) {
  const original = getDatabase();
  let n = 0;
  setDatabase(withQueryLog(original, () => n++));
  try {
    await run();
  } finally {
    setDatabase(original);
  }
  return n;
}
