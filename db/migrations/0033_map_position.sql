-- Places as points of a plane (db/schema/map-point.ts), indexed for nearest-first and radius searches.
DROP INDEX "spaces_active_lat_lng_idx";--> statement-breakpoint
DROP INDEX "games_lat_lng_idx";--> statement-breakpoint
CREATE INDEX "spaces_active_position_idx" ON "spaces" USING gist (point("lng" * 0.809, "lat")) WHERE "spaces"."status" = 'active';--> statement-breakpoint
CREATE INDEX "games_position_idx" ON "games" USING gist (point("lng" * 0.809, "lat"));--> statement-breakpoint
CREATE INDEX "games_upcoming_position_idx" ON "games" USING gist (point("lng" * 0.809, "lat")) WHERE "games"."status" in ('recruiting', 'full', 'confirmed');