CREATE TABLE "personal_access_tokens" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"scopes" text[] NOT NULL,
	"expires_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_deliveries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"endpoint_id" integer NOT NULL,
	"event_id" bigint,
	"message_id" text NOT NULL,
	"type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now(),
	"last_attempt_at" timestamp with time zone,
	"response_status" integer,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webhook_deliveries_status_check" CHECK ("webhook_deliveries"."status" in ('pending', 'succeeded', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "webhook_endpoints" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"url" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"events" text[] NOT NULL,
	"secret" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"failing_since" timestamp with time zone,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "personal_access_tokens" ADD CONSTRAINT "personal_access_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_endpoint_id_webhook_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."webhook_endpoints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "personal_access_tokens_token_hash_idx" ON "personal_access_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "personal_access_tokens_user_id_idx" ON "personal_access_tokens" USING btree ("user_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_deliveries_event_id_endpoint_id_idx" ON "webhook_deliveries" USING btree ("event_id","endpoint_id");--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_deliveries_message_id_idx" ON "webhook_deliveries" USING btree ("message_id");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_next_attempt_at_idx" ON "webhook_deliveries" USING btree ("next_attempt_at") WHERE "webhook_deliveries"."next_attempt_at" is not null;--> statement-breakpoint
CREATE INDEX "webhook_deliveries_endpoint_id_idx" ON "webhook_deliveries" USING btree ("endpoint_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "webhook_deliveries_created_at_idx" ON "webhook_deliveries" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "webhook_endpoints_user_id_idx" ON "webhook_endpoints" USING btree ("user_id","id");--> statement-breakpoint
-- hand-written: webhook events and the delivery worker's wake-up.
-- The eight webhook event types are recorded by row triggers into the outbox, in the transaction
-- of the change (like recordEvents): every path that changes these rows (routes, jobs, payment
-- hooks, admin actions) records them, and none can forget. The payload names the user the event
-- is for (the game's or space's host, the order's organizer, the payee) and what changed.
CREATE FUNCTION "webhook_event"("event_type" text, "owner_id" integer, "data" jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF "owner_id" IS NOT NULL THEN
    INSERT INTO "outbox_events" ("type", "payload") VALUES ("event_type", jsonb_build_object('ownerId', "owner_id", 'occurredAt', now(), 'data', "data"));
  END IF;
END
$$;--> statement-breakpoint
CREATE FUNCTION "webhook_games"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "webhook_event"('game.status_changed', NEW."host_id",
    jsonb_build_object('gameId', NEW."id", 'status', NEW."status", 'previousStatus', OLD."status", 'joinedCount', NEW."joined_count", 'maxPlayers', NEW."max_players"));
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "webhook_games" AFTER UPDATE OF "status" ON "games" FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status") EXECUTE FUNCTION "webhook_games"();--> statement-breakpoint
CREATE FUNCTION "webhook_game_players"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  "kind" text;
BEGIN
  IF NEW."status" = 'joined' AND (TG_OP = 'INSERT' OR OLD."status" <> 'joined') THEN "kind" := 'game.player_joined';
  ELSIF TG_OP = 'UPDATE' AND OLD."status" = 'joined' AND NEW."status" <> 'joined' THEN "kind" := 'game.player_left';
  ELSE RETURN NULL;
  END IF;
  PERFORM "webhook_event"("kind", g."host_id",
    jsonb_build_object('gameId', g."id", 'userId', NEW."user_id", 'participationStatus', NEW."status", 'joinedCount', g."joined_count", 'maxPlayers', g."max_players"))
  FROM "games" g WHERE g."id" = NEW."game_id";
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "webhook_game_players" AFTER INSERT OR UPDATE OF "status" ON "game_players" FOR EACH ROW EXECUTE FUNCTION "webhook_game_players"();--> statement-breakpoint
CREATE FUNCTION "webhook_reservations"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NOT (NEW."status" = 'cancelled' AND OLD."status" <> 'cancelled') THEN RETURN NULL; END IF;
  PERFORM "webhook_event"(CASE TG_OP WHEN 'INSERT' THEN 'reservation.created' ELSE 'reservation.cancelled' END, s."host_id",
    jsonb_build_object('reservationId', NEW."id", 'spaceId', NEW."space_id", 'guestId', NEW."guest_id", 'startsAt', NEW."starts_at", 'endsAt', NEW."ends_at",
      'people', NEW."people", 'amount', NEW."amount", 'status', NEW."status"))
  FROM "spaces" s WHERE s."id" = NEW."space_id";
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "webhook_reservations" AFTER INSERT OR UPDATE OF "status" ON "reservations" FOR EACH ROW EXECUTE FUNCTION "webhook_reservations"();--> statement-breakpoint
CREATE FUNCTION "webhook_payments"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  "payee" integer;
  "data" jsonb;
BEGIN
  "payee" := CASE NEW."purpose"
    WHEN 'game' THEN (SELECT "host_id" FROM "games" WHERE "id" = NEW."subject_id")
    WHEN 'reservation' THEN (SELECT s."host_id" FROM "reservations" r JOIN "spaces" s ON s."id" = r."space_id" WHERE r."id" = NEW."subject_id")
    WHEN 'meal_order' THEN (SELECT "organizer_id" FROM "meal_orders" WHERE "post_id" = NEW."subject_id")
  END;
  "data" := jsonb_build_object('paymentId', NEW."id", 'orderId', NEW."order_id", 'purpose', NEW."purpose", 'subjectId', NEW."subject_id", 'payerId', NEW."user_id",
    'amount', NEW."amount", 'cancelledAmount', NEW."cancelled_amount", 'status', NEW."status");
  IF NEW."status" = 'approved' AND OLD."status" <> 'approved' THEN PERFORM "webhook_event"('payment.approved', "payee", "data"); END IF;
  IF NEW."cancelled_amount" > OLD."cancelled_amount" THEN
    PERFORM "webhook_event"('payment.refunded', "payee", "data" || jsonb_build_object('refundedAmount', NEW."cancelled_amount" - OLD."cancelled_amount"));
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "webhook_payments" AFTER UPDATE OF "status", "cancelled_amount" ON "payments" FOR EACH ROW EXECUTE FUNCTION "webhook_payments"();--> statement-breakpoint
CREATE FUNCTION "webhook_meal_orders"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "webhook_event"('meal_order.status_changed', NEW."organizer_id", jsonb_build_object('postId', NEW."post_id", 'status', NEW."status", 'previousStatus', OLD."status"));
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "webhook_meal_orders" AFTER UPDATE OF "status" ON "meal_orders" FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status") EXECUTE FUNCTION "webhook_meal_orders"();--> statement-breakpoint
-- Wakes every process's webhook worker when a delivery commits (as push_deliveries does).
CREATE FUNCTION "webhook_deliveries_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('webhook_deliveries', '');
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "webhook_deliveries_notify" AFTER INSERT ON "webhook_deliveries" FOR EACH STATEMENT EXECUTE FUNCTION "webhook_deliveries_notify"();
