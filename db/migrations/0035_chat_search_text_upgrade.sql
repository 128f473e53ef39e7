-- hand-written: 0034's journal time came before 0033's, and drizzle's migrator only applies a
-- migration newer than the last one a database has, so a database migrated through 0033 never
-- got 0034. This applies it where it is missing and changes nothing where it ran.
DROP INDEX IF EXISTS "chat_messages_search_idx";--> statement-breakpoint
ALTER TABLE "chat_messages" ADD COLUMN IF NOT EXISTS "search_text" text GENERATED ALWAYS AS (regexp_replace(lower(body), '(.)', '\1\1', 'g')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "chat_messages_search_text_idx" ON "chat_messages" USING gin ("search_text" gin_trgm_ops);
