CREATE TABLE "space_holds" (
	"id" serial PRIMARY KEY NOT NULL,
	"space_id" integer NOT NULL,
	"kind" text NOT NULL,
	"reservation_id" integer,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"held_until" timestamp with time zone NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "space_holds_reservation_id_unique" UNIQUE("reservation_id"),
	CONSTRAINT "space_holds_kind_check" CHECK ("space_holds"."kind" in ('reservation', 'block') and ("space_holds"."kind" = 'reservation') = ("space_holds"."reservation_id" is not null)),
	CONSTRAINT "space_holds_range_check" CHECK ("space_holds"."starts_at" < "space_holds"."ends_at" and "space_holds"."ends_at" <= "space_holds"."held_until"),
	CONSTRAINT "space_holds_reason_check" CHECK (char_length("space_holds"."reason") <= 100)
);
--> statement-breakpoint
ALTER TABLE "reservations" DROP CONSTRAINT "reservations_status_check";--> statement-breakpoint
ALTER TABLE "reservations" ADD COLUMN "respond_by" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reservations" ADD COLUMN "host_reason" text;--> statement-breakpoint
ALTER TABLE "spaces" ADD COLUMN "weekend_price_per_hour" integer;--> statement-breakpoint
ALTER TABLE "spaces" ADD COLUMN "holiday_price_per_hour" integer;--> statement-breakpoint
ALTER TABLE "spaces" ADD COLUMN "buffer_minutes" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "spaces" ADD COLUMN "booking_mode" text DEFAULT 'instant' NOT NULL;--> statement-breakpoint
ALTER TABLE "spaces" ADD COLUMN "approval_hours" smallint DEFAULT 24 NOT NULL;--> statement-breakpoint
ALTER TABLE "space_holds" ADD CONSTRAINT "space_holds_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_holds" ADD CONSTRAINT "space_holds_reservation_id_reservations_id_fk" FOREIGN KEY ("reservation_id") REFERENCES "public"."reservations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "space_holds_space_starts_idx" ON "space_holds" USING btree ("space_id","starts_at");--> statement-breakpoint
CREATE INDEX "reservations_requested_respond_idx" ON "reservations" USING btree ("respond_by") WHERE "reservations"."status" = 'requested';--> statement-breakpoint
ALTER TABLE "reservations" ADD CONSTRAINT "reservations_status_check" CHECK (status in ('pending_payment', 'requested', 'confirmed', 'completed', 'cancelled', 'declined', 'expired'));--> statement-breakpoint
ALTER TABLE "spaces" ADD CONSTRAINT "spaces_day_prices_check" CHECK (coalesce("spaces"."weekend_price_per_hour", 1) > 0 and coalesce("spaces"."holiday_price_per_hour", 1) > 0);--> statement-breakpoint
ALTER TABLE "spaces" ADD CONSTRAINT "spaces_booking_mode_check" CHECK (booking_mode in ('instant', 'approval'));--> statement-breakpoint
ALTER TABLE "spaces" ADD CONSTRAINT "spaces_approval_hours_check" CHECK ("spaces"."approval_hours" between 1 and 72);--> statement-breakpoint
ALTER TABLE "spaces" ADD CONSTRAINT "spaces_buffer_minutes_check" CHECK ("spaces"."buffer_minutes" between 0 and 240);--> statement-breakpoint
-- hand-written below
-- Blocks and bookings share one exclusion constraint: [starts_at, held_until) of two holds of one
-- space never overlap (held_until includes a reservation's buffer, so back-to-back needs the gap).
ALTER TABLE "space_holds" ADD CONSTRAINT "space_holds_no_overlap" EXCLUDE USING gist ("space_id" WITH =, tstzrange("starts_at", "held_until", '[)') WITH &&);--> statement-breakpoint
-- A reservation holds its time while it is active; the trigger keeps its hold row in step with its
-- status in the same statement, so every path that changes a status (cancel, expiry, payment
-- failure) frees or takes the time without knowing about holds.
CREATE FUNCTION "reservations_hold_time"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  holds boolean := NEW.status in ('pending_payment', 'requested', 'confirmed', 'completed');
BEGIN
  IF holds AND (TG_OP = 'INSERT' OR OLD.status not in ('pending_payment', 'requested', 'confirmed', 'completed')) THEN
    INSERT INTO "space_holds" ("space_id", "kind", "reservation_id", "starts_at", "ends_at", "held_until")
    SELECT NEW.space_id, 'reservation', NEW.id, NEW.starts_at, NEW.ends_at, NEW.ends_at + make_interval(mins => s.buffer_minutes)
    FROM "spaces" s WHERE s.id = NEW.space_id;
  ELSIF NOT holds AND TG_OP = 'UPDATE' THEN
    DELETE FROM "space_holds" WHERE "reservation_id" = NEW.id;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "reservations_hold_time" AFTER INSERT OR UPDATE OF "status" ON "reservations"
  FOR EACH ROW EXECUTE FUNCTION "reservations_hold_time"();--> statement-breakpoint
INSERT INTO "space_holds" ("space_id", "kind", "reservation_id", "starts_at", "ends_at", "held_until")
  SELECT "space_id", 'reservation', "id", "starts_at", "ends_at", "ends_at" FROM "reservations"
  WHERE "status" in ('pending_payment', 'requested', 'confirmed', 'completed');--> statement-breakpoint
ALTER TABLE "reservations" DROP CONSTRAINT "reservations_no_overlap";
