import { integer, serial, timestamp, type AnyPgColumn, type UpdateDeleteAction } from 'drizzle-orm/pg-core';

// The column shapes every table repeats, so each table states only what is its own. They make
// the same SQL as the expressions they replace (drizzle-kit generate finds no change).

/** `id serial primary key`. */
export const id = () => serial().primaryKey();

/** `timestamptz`, null until something happens. */
export const timestamptz = () => timestamp({ withTimezone: true });

/** `timestamptz not null default now()`: when the row (or membership, like, view…) was made. */
export const timestampNow = () => timestamptz().notNull().defaultNow();

/** `created_at` and `updated_at`, both `timestamptz not null default now()`. */
export const timestamps = () => ({ createdAt: timestampNow(), updatedAt: timestampNow() });

/** `integer not null references <target> on delete <onDelete>`: the owner or parent of a row. */
export const ref = (target: () => AnyPgColumn, onDelete: UpdateDeleteAction) => integer().notNull().references(target, { onDelete });
