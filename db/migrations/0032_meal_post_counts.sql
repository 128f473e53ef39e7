CREATE TABLE "meal_post_counts" (
	"place" text NOT NULL,
	"category" text NOT NULL,
	"posts" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "meal_post_counts_place_category_pk" PRIMARY KEY("place","category")
);
--> statement-breakpoint
-- Each post is on four boards: its dong and its 시군구, for its category and for all ('').
-- Statement triggers with transition tables: one upsert per writing statement however many rows
-- (a bulk load too), rows locked in key order so concurrent writers queue instead of deadlocking.
-- An update moves a post only when its category or place changed (the sum per board is 0 otherwise).
CREATE FUNCTION "meal_post_counts_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT neighbourhood_code, sigungu_code, category, 1 AS delta FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT neighbourhood_code, sigungu_code, category, -1 AS delta FROM old_rows'
    ELSE 'SELECT neighbourhood_code, sigungu_code, category, 1 AS delta FROM new_rows
          UNION ALL SELECT neighbourhood_code, sigungu_code, category, -1 FROM old_rows'
  END;
BEGIN
  EXECUTE format($sql$
    INSERT INTO meal_post_counts AS c (place, category, posts)
    SELECT k.place, k.category, sum(d.delta)::int
    FROM (%s) AS d
    CROSS JOIN LATERAL (VALUES (d.neighbourhood_code, d.category), (d.neighbourhood_code, ''),
                               (d.sigungu_code, d.category), (d.sigungu_code, '')) AS k(place, category)
    GROUP BY k.place, k.category
    HAVING sum(d.delta) <> 0
    ORDER BY k.place, k.category
    ON CONFLICT (place, category) DO UPDATE SET posts = c.posts + excluded.posts
  $sql$, changed);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "meal_post_counts_insert" AFTER INSERT ON "meal_posts"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "meal_post_counts_apply"();
--> statement-breakpoint
CREATE TRIGGER "meal_post_counts_update" AFTER UPDATE ON "meal_posts"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "meal_post_counts_apply"();
--> statement-breakpoint
CREATE TRIGGER "meal_post_counts_delete" AFTER DELETE ON "meal_posts"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "meal_post_counts_apply"();
--> statement-breakpoint
INSERT INTO "meal_post_counts" (place, category, posts)
SELECT k.place, k.category, count(*)::int
FROM "meal_posts" p
CROSS JOIN LATERAL (VALUES (p.neighbourhood_code, p.category), (p.neighbourhood_code, ''),
                           (p.sigungu_code, p.category), (p.sigungu_code, '')) AS k(place, category)
GROUP BY k.place, k.category;
