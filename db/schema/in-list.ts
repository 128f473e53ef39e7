import { sql } from 'drizzle-orm';

/** A CHECK that a text column holds one of a closed list, written out so migrations show the list. */
export const inList = (column: string, values: readonly string[]) => sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);
