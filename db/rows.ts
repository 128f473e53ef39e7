/** The rows of `db.execute(…)`: postgres.js returns an array, PGlite an object with rows. */
export const rowsOf = <T>(result: unknown): T[] => ((result as { rows?: T[] }).rows ?? (result as T[]));
