CREATE TABLE "reservations" (
	"id" serial PRIMARY KEY NOT NULL,
	"space_id" integer NOT NULL,
	"guest_id" integer NOT NULL,
	"package_id" integer,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"people" integer NOT NULL,
	"amount" integer NOT NULL,
	"status" text DEFAULT 'pending_payment' NOT NULL,
	"payment_id" integer,
	"booker_name" text NOT NULL,
	"booker_phone" text NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"request_note" text DEFAULT '' NOT NULL,
	"cancelled_by" text,
	"refunded_amount" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "reservations_status_check" CHECK (status in ('pending_payment', 'confirmed', 'completed', 'cancelled', 'expired')),
	CONSTRAINT "reservations_range_check" CHECK ("reservations"."starts_at" < "reservations"."ends_at"),
	CONSTRAINT "reservations_people_check" CHECK ("reservations"."people" >= 1),
	CONSTRAINT "reservations_amount_check" CHECK ("reservations"."amount" > 0),
	CONSTRAINT "reservations_cancelled_by_check" CHECK ("reservations"."cancelled_by" is null or "reservations"."cancelled_by" in ('guest', 'host'))
);
--> statement-breakpoint
CREATE TABLE "space_likes" (
	"space_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "space_likes_space_id_user_id_pk" PRIMARY KEY("space_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "space_packages" (
	"id" serial PRIMARY KEY NOT NULL,
	"space_id" integer NOT NULL,
	"name" text NOT NULL,
	"start_hour" smallint NOT NULL,
	"end_hour" smallint NOT NULL,
	"price" integer NOT NULL,
	CONSTRAINT "space_packages_hours_check" CHECK ("space_packages"."start_hour" between 0 and 23 and "space_packages"."end_hour" between 1 and 24 and "space_packages"."start_hour" < "space_packages"."end_hour"),
	CONSTRAINT "space_packages_price_check" CHECK ("space_packages"."price" > 0)
);
--> statement-breakpoint
CREATE TABLE "spaces" (
	"id" serial PRIMARY KEY NOT NULL,
	"host_id" integer NOT NULL,
	"title" text NOT NULL,
	"type" text NOT NULL,
	"description" text NOT NULL,
	"address" text NOT NULL,
	"neighbourhood_code" varchar(10) NOT NULL,
	"sigungu_code" varchar(5) GENERATED ALWAYS AS (substr(neighbourhood_code, 1, 5)) STORED NOT NULL,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"capacity" integer NOT NULL,
	"price_per_hour" integer NOT NULL,
	"min_hours" smallint DEFAULT 1 NOT NULL,
	"open_hour" smallint NOT NULL,
	"close_hour" smallint NOT NULL,
	"amenities" text[] DEFAULT '{}'::text[] NOT NULL,
	"cancellation_policy" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"search_text" text GENERATED ALWAYS AS (title || ' ' || description) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "spaces_type_check" CHECK (type in ('party_room', 'study_room', 'meeting_room', 'practice_room', 'studio', 'kitchen', 'sports', 'other')),
	CONSTRAINT "spaces_status_check" CHECK (status in ('active', 'paused', 'deleted')),
	CONSTRAINT "spaces_cancellation_policy_check" CHECK (cancellation_policy in ('flexible', 'moderate', 'strict')),
	CONSTRAINT "spaces_capacity_check" CHECK ("spaces"."capacity" between 1 and 1000),
	CONSTRAINT "spaces_price_check" CHECK ("spaces"."price_per_hour" > 0),
	CONSTRAINT "spaces_min_hours_check" CHECK ("spaces"."min_hours" between 1 and 24),
	CONSTRAINT "spaces_hours_check" CHECK ("spaces"."open_hour" between 0 and 23 and "spaces"."close_hour" between 1 and 24 and "spaces"."open_hour" < "spaces"."close_hour")
);
--> statement-breakpoint
ALTER TABLE "reservations" ADD CONSTRAINT "reservations_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reservations" ADD CONSTRAINT "reservations_guest_id_users_id_fk" FOREIGN KEY ("guest_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reservations" ADD CONSTRAINT "reservations_package_id_space_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."space_packages"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reservations" ADD CONSTRAINT "reservations_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_likes" ADD CONSTRAINT "space_likes_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_likes" ADD CONSTRAINT "space_likes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_packages" ADD CONSTRAINT "space_packages_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spaces" ADD CONSTRAINT "spaces_host_id_users_id_fk" FOREIGN KEY ("host_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spaces" ADD CONSTRAINT "spaces_neighbourhood_code_neighbourhoods_code_fk" FOREIGN KEY ("neighbourhood_code") REFERENCES "public"."neighbourhoods"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reservations_guest_starts_idx" ON "reservations" USING btree ("guest_id","starts_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "reservations_space_starts_idx" ON "reservations" USING btree ("space_id","starts_at");--> statement-breakpoint
CREATE INDEX "reservations_confirmed_ends_idx" ON "reservations" USING btree ("ends_at") WHERE "reservations"."status" = 'confirmed';--> statement-breakpoint
CREATE INDEX "reservations_created_idx" ON "reservations" USING btree ("space_id","created_at");--> statement-breakpoint
CREATE INDEX "space_likes_user_id_idx" ON "space_likes" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "space_packages_space_id_idx" ON "space_packages" USING btree ("space_id","start_hour");--> statement-breakpoint
CREATE INDEX "spaces_host_id_idx" ON "spaces" USING btree ("host_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "spaces_active_created_idx" ON "spaces" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "spaces"."status" = 'active';--> statement-breakpoint
CREATE INDEX "spaces_active_price_idx" ON "spaces" USING btree ("price_per_hour","id") WHERE "spaces"."status" = 'active';--> statement-breakpoint
CREATE INDEX "spaces_active_type_idx" ON "spaces" USING btree ("type","created_at" DESC NULLS LAST) WHERE "spaces"."status" = 'active';--> statement-breakpoint
CREATE INDEX "spaces_active_sigungu_idx" ON "spaces" USING btree ("sigungu_code","created_at" DESC NULLS LAST) WHERE "spaces"."status" = 'active';--> statement-breakpoint
CREATE INDEX "spaces_active_lat_lng_idx" ON "spaces" USING btree ("lat","lng") WHERE "spaces"."status" = 'active';--> statement-breakpoint
CREATE INDEX "spaces_active_capacity_idx" ON "spaces" USING btree ("capacity") WHERE "spaces"."status" = 'active';--> statement-breakpoint
CREATE INDEX "spaces_amenities_idx" ON "spaces" USING gin ("amenities");--> statement-breakpoint
CREATE INDEX "spaces_search_text_idx" ON "spaces" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
-- hand-written below
-- No two reservations of one space that hold their time ([start, end), so back-to-back is fine) overlap.
ALTER TABLE "reservations" ADD CONSTRAINT "reservations_no_overlap" EXCLUDE USING gist ("space_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE ("status" in ('pending_payment', 'confirmed', 'completed'));
