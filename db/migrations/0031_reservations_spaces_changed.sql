CREATE INDEX "spaces_hidden_host_idx" ON "spaces" USING btree ("host_id") WHERE "spaces"."hidden_at" is not null and "spaces"."status" = 'active';--> statement-breakpoint
-- A reservation taking or freeing time (and a confirmed one counting towards "popular") changes
-- what space searches show: record spaces:changed in the same transaction, whichever code path
-- moved the status (booking, payment, approval, expiry, cancellation, review). The shared
-- searches of every process are cleared when it commits (lib/spaces/events.ts).
CREATE FUNCTION "reservations_spaces_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "outbox_events" ("type", "payload", "audience") VALUES ('spaces:changed', '{}'::jsonb, '{}'::jsonb);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "reservations_spaces_changed" AFTER INSERT OR UPDATE OF "status" ON "reservations"
  FOR EACH ROW EXECUTE FUNCTION "reservations_spaces_changed"();
