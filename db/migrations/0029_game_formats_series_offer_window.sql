CREATE TABLE "game_series" (
	"id" serial PRIMARY KEY NOT NULL,
	"host_id" integer NOT NULL,
	"weekdays" smallint[] NOT NULL,
	"until" date NOT NULL,
	"priority_hours" integer DEFAULT 24 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "game_series_priority_hours_check" CHECK (priority_hours between 0 and 72),
	CONSTRAINT "game_series_weekdays_check" CHECK (cardinality("game_series"."weekdays") between 1 and 7 and "game_series"."weekdays" <@ array[1,2,3,4,5,6,7]::smallint[])
);
--> statement-breakpoint
DROP INDEX "payments_ready_created_idx";--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "expires_at" timestamp with time zone DEFAULT now() + interval '15 minutes' NOT NULL;--> statement-breakpoint
ALTER TABLE "games" ADD COLUMN "gender" text DEFAULT 'mixed' NOT NULL;--> statement-breakpoint
ALTER TABLE "games" ADD COLUMN "start_hour" smallint GENERATED ALWAYS AS (extract(hour from starts_at at time zone 'Asia/Seoul')::smallint) STORED;--> statement-breakpoint
ALTER TABLE "games" ADD COLUMN "weekday" smallint GENERATED ALWAYS AS (extract(isodow from starts_at at time zone 'Asia/Seoul')::smallint) STORED;--> statement-breakpoint
ALTER TABLE "games" ADD COLUMN "series_id" integer;--> statement-breakpoint
ALTER TABLE "games" ADD COLUMN "priority_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "games" ADD COLUMN "offer_minutes" integer DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE "game_series" ADD CONSTRAINT "game_series_host_id_users_id_fk" FOREIGN KEY ("host_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "game_series_host_id_idx" ON "game_series" USING btree ("host_id");--> statement-breakpoint
ALTER TABLE "games" ADD CONSTRAINT "games_series_id_game_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."game_series"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "payments_ready_expires_idx" ON "payments" USING btree ("expires_at") WHERE "payments"."status" = 'ready';--> statement-breakpoint
CREATE INDEX "games_level_starts_at_idx" ON "games" USING btree ("level","starts_at");--> statement-breakpoint
CREATE INDEX "games_gender_starts_at_idx" ON "games" USING btree ("gender","starts_at");--> statement-breakpoint
CREATE INDEX "games_start_hour_starts_at_idx" ON "games" USING btree ("start_hour","starts_at");--> statement-breakpoint
CREATE INDEX "games_weekday_starts_at_idx" ON "games" USING btree ("weekday","starts_at");--> statement-breakpoint
CREATE INDEX "games_series_id_starts_at_idx" ON "games" USING btree ("series_id","starts_at");--> statement-breakpoint
ALTER TABLE "games" ADD CONSTRAINT "games_gender_check" CHECK (gender in ('mixed', 'male', 'female'));--> statement-breakpoint
ALTER TABLE "games" ADD CONSTRAINT "games_offer_minutes_check" CHECK (offer_minutes between 10 and 720);--> statement-breakpoint
-- Checkouts open before this migration keep their 15 minutes from creation.
UPDATE "payments" SET "expires_at" = "created_at" + interval '15 minutes';
