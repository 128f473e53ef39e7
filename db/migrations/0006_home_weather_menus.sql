CREATE TABLE "weather_cache" (
	"nx" integer NOT NULL,
	"ny" integer NOT NULL,
	"data" jsonb,
	"error" text,
	"fetched_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "weather_cache_nx_ny_pk" PRIMARY KEY("nx","ny")
);
--> statement-breakpoint
CREATE TABLE "menu_chats" (
	"user_id" integer NOT NULL,
	"day" date NOT NULL,
	"messages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "menu_chats_user_id_day_pk" PRIMARY KEY("user_id","day"),
	CONSTRAINT "menu_chats_messages_array" CHECK (jsonb_typeof("menu_chats"."messages") = 'array')
);
--> statement-breakpoint
ALTER TABLE "menu_chats" ADD CONSTRAINT "menu_chats_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "weather_cache_expires_at_idx" ON "weather_cache" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "menu_chats_day_idx" ON "menu_chats" USING btree ("day");--> statement-breakpoint
CREATE INDEX "meal_posts_created_idx" ON "meal_posts" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);