CREATE TABLE "space_reviews" (
	"id" serial PRIMARY KEY NOT NULL,
	"space_id" integer NOT NULL,
	"reservation_id" integer NOT NULL,
	"author_id" integer NOT NULL,
	"rating" smallint NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "space_reviews_reservation_id_unique" UNIQUE("reservation_id"),
	CONSTRAINT "space_reviews_rating_check" CHECK ("space_reviews"."rating" between 1 and 5),
	CONSTRAINT "space_reviews_comment_check" CHECK (char_length("space_reviews"."comment") <= 1000)
);
--> statement-breakpoint
ALTER TABLE "spaces" ADD COLUMN "rating_sum" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "spaces" ADD COLUMN "review_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "spaces" ADD COLUMN "rating_avg" double precision GENERATED ALWAYS AS (case when review_count > 0 then rating_sum::float8 / review_count end) STORED;--> statement-breakpoint
ALTER TABLE "space_reviews" ADD CONSTRAINT "space_reviews_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_reviews" ADD CONSTRAINT "space_reviews_reservation_id_reservations_id_fk" FOREIGN KEY ("reservation_id") REFERENCES "public"."reservations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_reviews" ADD CONSTRAINT "space_reviews_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "space_reviews_space_created_idx" ON "space_reviews" USING btree ("space_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "spaces_active_rating_idx" ON "spaces" USING btree ("rating_avg" DESC NULLS LAST,"review_count" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "spaces"."status" = 'active';