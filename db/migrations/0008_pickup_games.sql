CREATE TABLE "game_players" (
	"id" serial PRIMARY KEY NOT NULL,
	"game_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"status" text NOT NULL,
	"payment_id" integer,
	"waitlisted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "game_players_status_check" CHECK (status in ('pending_payment', 'joined', 'waitlisted', 'cancelled', 'removed'))
);
--> statement-breakpoint
CREATE TABLE "games" (
	"id" serial PRIMARY KEY NOT NULL,
	"host_id" integer NOT NULL,
	"sport" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"level" text DEFAULT 'any' NOT NULL,
	"venue_id" integer,
	"place_name" text NOT NULL,
	"address" text NOT NULL,
	"neighbourhood_code" varchar(10) NOT NULL,
	"sigungu_code" varchar(5) NOT NULL,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"recruit_until" timestamp with time zone NOT NULL,
	"min_players" integer NOT NULL,
	"max_players" integer NOT NULL,
	"fee" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'recruiting' NOT NULL,
	"joined_count" integer DEFAULT 0 NOT NULL,
	"chat_room_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "games_sport_check" CHECK (sport in ('futsal', 'football', 'basketball', 'tennis', 'badminton', 'volleyball', 'baseball', 'running', 'other')),
	CONSTRAINT "games_level_check" CHECK (level in ('intro', 'beginner', 'intermediate', 'advanced', 'any')),
	CONSTRAINT "games_status_check" CHECK (status in ('recruiting', 'full', 'confirmed', 'finished', 'failed', 'cancelled')),
	CONSTRAINT "games_players_check" CHECK (1 <= "games"."min_players" and "games"."min_players" <= "games"."max_players" and "games"."max_players" <= 100),
	CONSTRAINT "games_joined_count_check" CHECK ("games"."joined_count" between 0 and "games"."max_players"),
	CONSTRAINT "games_fee_check" CHECK ("games"."fee" >= 0),
	CONSTRAINT "games_times_check" CHECK ("games"."recruit_until" <= "games"."starts_at" and "games"."starts_at" < "games"."ends_at")
);
--> statement-breakpoint
CREATE TABLE "venues" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"detail_address" text DEFAULT '' NOT NULL,
	"contact" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"is_indoor" boolean DEFAULT false NOT NULL,
	"sports" text[] DEFAULT '{}'::text[] NOT NULL,
	"neighbourhood_code" varchar(10) NOT NULL,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "game_players" ADD CONSTRAINT "game_players_game_id_games_id_fk" FOREIGN KEY ("game_id") REFERENCES "public"."games"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "game_players" ADD CONSTRAINT "game_players_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "game_players" ADD CONSTRAINT "game_players_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "games" ADD CONSTRAINT "games_host_id_users_id_fk" FOREIGN KEY ("host_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "games" ADD CONSTRAINT "games_venue_id_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."venues"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "games" ADD CONSTRAINT "games_neighbourhood_code_neighbourhoods_code_fk" FOREIGN KEY ("neighbourhood_code") REFERENCES "public"."neighbourhoods"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "games" ADD CONSTRAINT "games_chat_room_id_chat_rooms_id_fk" FOREIGN KEY ("chat_room_id") REFERENCES "public"."chat_rooms"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venues" ADD CONSTRAINT "venues_neighbourhood_code_neighbourhoods_code_fk" FOREIGN KEY ("neighbourhood_code") REFERENCES "public"."neighbourhoods"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venues" ADD CONSTRAINT "venues_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "game_players_active_idx" ON "game_players" USING btree ("game_id","user_id") WHERE "game_players"."status" in ('pending_payment', 'joined', 'waitlisted');--> statement-breakpoint
CREATE INDEX "game_players_waitlist_idx" ON "game_players" USING btree ("game_id","waitlisted_at","id") WHERE "game_players"."status" = 'waitlisted';--> statement-breakpoint
CREATE INDEX "game_players_user_id_idx" ON "game_players" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "game_players_payment_id_idx" ON "game_players" USING btree ("payment_id");--> statement-breakpoint
CREATE INDEX "games_starts_at_idx" ON "games" USING btree ("starts_at","id");--> statement-breakpoint
CREATE INDEX "games_sport_starts_at_idx" ON "games" USING btree ("sport","starts_at");--> statement-breakpoint
CREATE INDEX "games_sigungu_code_starts_at_idx" ON "games" USING btree ("sigungu_code","starts_at");--> statement-breakpoint
CREATE INDEX "games_lat_lng_idx" ON "games" USING btree ("lat","lng");--> statement-breakpoint
CREATE INDEX "games_status_recruit_until_idx" ON "games" USING btree ("status","recruit_until");--> statement-breakpoint
CREATE INDEX "games_status_ends_at_idx" ON "games" USING btree ("status","ends_at");--> statement-breakpoint
CREATE INDEX "games_host_id_idx" ON "games" USING btree ("host_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "venues_address_idx" ON "venues" USING btree ("address");--> statement-breakpoint
CREATE INDEX "venues_neighbourhood_code_idx" ON "venues" USING btree ("neighbourhood_code");