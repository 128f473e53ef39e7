CREATE TABLE "game_reviews" (
	"id" serial PRIMARY KEY NOT NULL,
	"game_id" integer NOT NULL,
	"reviewer_id" integer NOT NULL,
	"reviewee_id" integer NOT NULL,
	"rating" smallint NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "game_reviews_rating_check" CHECK ("game_reviews"."rating" between 1 and 5),
	CONSTRAINT "game_reviews_self_check" CHECK ("game_reviews"."reviewer_id" <> "game_reviews"."reviewee_id"),
	CONSTRAINT "game_reviews_comment_check" CHECK (char_length("game_reviews"."comment") <= 500),
	CONSTRAINT "game_reviews_tags_check" CHECK (tags <@ array['punctual', 'good_manners', 'skilled', 'kind', 'play_again']::text[])
);
--> statement-breakpoint
ALTER TABLE "game_reviews" ADD CONSTRAINT "game_reviews_game_id_games_id_fk" FOREIGN KEY ("game_id") REFERENCES "public"."games"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "game_reviews" ADD CONSTRAINT "game_reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "game_reviews" ADD CONSTRAINT "game_reviews_reviewee_id_users_id_fk" FOREIGN KEY ("reviewee_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "game_reviews_game_id_reviewer_id_reviewee_id_idx" ON "game_reviews" USING btree ("game_id","reviewer_id","reviewee_id");--> statement-breakpoint
CREATE INDEX "game_reviews_reviewee_id_created_at_idx" ON "game_reviews" USING btree ("reviewee_id","created_at");