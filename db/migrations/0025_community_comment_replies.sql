ALTER TABLE "community_comments" ADD COLUMN "parent_id" integer;--> statement-breakpoint
ALTER TABLE "community_comments" ADD CONSTRAINT "community_comments_post_id_id_unique" UNIQUE("post_id","id");--> statement-breakpoint
ALTER TABLE "community_comments" ADD CONSTRAINT "community_comments_parent_fk" FOREIGN KEY ("post_id","parent_id") REFERENCES "public"."community_comments"("post_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "community_comments_parent_id_idx" ON "community_comments" USING btree ("parent_id");
