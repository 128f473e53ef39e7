CREATE TABLE "neighbourhood_boundaries" (
	"code" varchar(10) PRIMARY KEY NOT NULL,
	"geometry" jsonb NOT NULL,
	"min_lat" double precision NOT NULL,
	"min_lng" double precision NOT NULL,
	"max_lat" double precision NOT NULL,
	"max_lng" double precision NOT NULL,
	"source" text NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "neighbourhood_code_changes" (
	"old_code" varchar(10) PRIMARY KEY NOT NULL,
	"new_code" varchar(10) NOT NULL,
	"kind" text NOT NULL,
	"snapshot" text NOT NULL,
	CONSTRAINT "neighbourhood_code_changes_kind_check" CHECK ("neighbourhood_code_changes"."kind" in ('recode', 'rename', 'split'))
);
--> statement-breakpoint
CREATE TABLE "neighbourhood_changes" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"from_code" varchar(10) NOT NULL,
	"to_code" varchar(10) NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "neighbourhood_verified_code" varchar(10);--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "neighbourhood_verified_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "neighbourhood_verification_method" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "neighbourhood_verification_accuracy" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "neighbourhood_needs_confirmation" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "temperature" double precision DEFAULT 36.5 NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "temperature_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "temperature_computed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "meal_posts" ADD COLUMN "verified_only" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "games" ADD COLUMN "verified_only" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "neighbourhood_boundaries" ADD CONSTRAINT "neighbourhood_boundaries_code_neighbourhoods_code_fk" FOREIGN KEY ("code") REFERENCES "public"."neighbourhoods"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "neighbourhood_code_changes" ADD CONSTRAINT "neighbourhood_code_changes_new_code_neighbourhoods_code_fk" FOREIGN KEY ("new_code") REFERENCES "public"."neighbourhoods"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "neighbourhood_changes" ADD CONSTRAINT "neighbourhood_changes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "neighbourhood_boundaries_bbox_idx" ON "neighbourhood_boundaries" USING btree ("min_lat","max_lat","min_lng","max_lng");--> statement-breakpoint
CREATE INDEX "neighbourhood_changes_user_id_changed_at_idx" ON "neighbourhood_changes" USING btree ("user_id","changed_at");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_verification_method_check" CHECK ("users"."neighbourhood_verification_method" in ('boundary', 'nearest'));--> statement-breakpoint
CREATE TABLE "no_shows" (
	"id" serial PRIMARY KEY NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"marked_by" integer NOT NULL,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dispute_text" text,
	"disputed_at" timestamp with time zone,
	"decision" text,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	CONSTRAINT "no_shows_subject_type_check" CHECK ("no_shows"."subject_type" in ('game', 'reservation')),
	CONSTRAINT "no_shows_decision_check" CHECK ("no_shows"."decision" in ('accepted', 'rejected')),
	CONSTRAINT "no_shows_dispute_text_check" CHECK (char_length("no_shows"."dispute_text") <= 1000)
);
--> statement-breakpoint
ALTER TABLE "no_shows" ADD CONSTRAINT "no_shows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "no_shows" ADD CONSTRAINT "no_shows_marked_by_users_id_fk" FOREIGN KEY ("marked_by") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "no_shows" ADD CONSTRAINT "no_shows_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "no_shows_subject_user_idx" ON "no_shows" USING btree ("subject_type","subject_id","user_id");--> statement-breakpoint
CREATE INDEX "no_shows_user_id_idx" ON "no_shows" USING btree ("user_id","marked_at");--> statement-breakpoint
CREATE INDEX "no_shows_open_disputes_idx" ON "no_shows" USING btree ("disputed_at") WHERE "no_shows"."disputed_at" is not null and "no_shows"."decision" is null;