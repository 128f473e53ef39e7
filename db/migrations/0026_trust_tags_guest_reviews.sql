CREATE TABLE "guest_reviews" (
	"id" serial PRIMARY KEY NOT NULL,
	"reservation_id" integer NOT NULL,
	"author_id" integer NOT NULL,
	"guest_id" integer NOT NULL,
	"rating" smallint NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "guest_reviews_reservation_id_unique" UNIQUE("reservation_id"),
	CONSTRAINT "guest_reviews_rating_check" CHECK ("guest_reviews"."rating" between 1 and 5),
	CONSTRAINT "guest_reviews_comment_check" CHECK (char_length("guest_reviews"."comment") <= 1000),
	CONSTRAINT "guest_reviews_tags_check" CHECK (tags <@ array['punctual', 'good_manners', 'skilled', 'kind', 'play_again', 'responsive', 'tidy', 'late', 'rude', 'slow_response', 'bad_manners', 'messy', 'no_contact']::text[])
);
--> statement-breakpoint
ALTER TABLE "game_reviews" DROP CONSTRAINT "game_reviews_tags_check";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "review_tag_counts" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "space_reviews" ADD COLUMN "tags" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "guest_reviews" ADD CONSTRAINT "guest_reviews_reservation_id_reservations_id_fk" FOREIGN KEY ("reservation_id") REFERENCES "public"."reservations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_reviews" ADD CONSTRAINT "guest_reviews_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_reviews" ADD CONSTRAINT "guest_reviews_guest_id_users_id_fk" FOREIGN KEY ("guest_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "guest_reviews_guest_created_idx" ON "guest_reviews" USING btree ("guest_id","created_at");--> statement-breakpoint
ALTER TABLE "space_reviews" ADD CONSTRAINT "space_reviews_tags_check" CHECK (tags <@ array['punctual', 'good_manners', 'skilled', 'kind', 'play_again', 'responsive', 'tidy', 'late', 'rude', 'slow_response', 'bad_manners', 'messy', 'no_contact']::text[]);--> statement-breakpoint
ALTER TABLE "game_reviews" ADD CONSTRAINT "game_reviews_tags_check" CHECK (tags <@ array['punctual', 'good_manners', 'skilled', 'kind', 'play_again', 'responsive', 'tidy', 'late', 'rude', 'slow_response', 'bad_manners', 'messy', 'no_contact']::text[]);