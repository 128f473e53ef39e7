-- hand-written: the expression index the stored column replaces (migration 0021), dropped first so the table rewrite does not rebuild it
DROP INDEX "chat_messages_search_idx";--> statement-breakpoint
ALTER TABLE "chat_messages" ADD COLUMN "search_text" text GENERATED ALWAYS AS (regexp_replace(lower(body), '(.)', '\1\1', 'g')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "chat_messages_search_text_idx" ON "chat_messages" USING gin ("search_text" gin_trgm_ops);
