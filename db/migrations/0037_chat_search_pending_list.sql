-- hand-written: drizzle-kit drops and rebuilds the index to change a storage parameter; ALTER INDEX
-- sets it in place (no rebuild of a large table's trigram index). GIN adds new entries to a pending
-- list and the insert that fills it merges the whole list into the index: at the default 4 MB that
-- is one chat send waiting 30-60 ms every few thousand messages, at 256 kB a few milliseconds.
ALTER INDEX "chat_messages_search_text_idx" SET (gin_pending_list_limit = 256);
