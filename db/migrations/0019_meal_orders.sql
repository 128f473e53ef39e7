CREATE TABLE "meal_order_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"post_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"name" text NOT NULL,
	"price" integer NOT NULL,
	"quantity" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meal_order_items_price_check" CHECK ("meal_order_items"."price" between 100 and 1000000),
	CONSTRAINT "meal_order_items_quantity_check" CHECK ("meal_order_items"."quantity" between 1 and 20)
);
--> statement-breakpoint
CREATE TABLE "meal_order_shares" (
	"post_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"items_amount" integer NOT NULL,
	"fee_share" integer NOT NULL,
	"share" integer NOT NULL,
	"status" text NOT NULL,
	"payment_id" integer,
	"paid_amount" integer DEFAULT 0 NOT NULL,
	"refunded_amount" integer DEFAULT 0 NOT NULL,
	"covered_amount" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meal_order_shares_post_id_user_id_pk" PRIMARY KEY("post_id","user_id"),
	CONSTRAINT "meal_order_shares_status_check" CHECK (status in ('organizer', 'unpaid', 'paid', 'dropped', 'withdrawn')),
	CONSTRAINT "meal_order_shares_amounts_check" CHECK ("meal_order_shares"."items_amount" >= 0 and "meal_order_shares"."fee_share" >= 0 and "meal_order_shares"."share" = "meal_order_shares"."items_amount" + "meal_order_shares"."fee_share"
        and "meal_order_shares"."paid_amount" >= 0 and "meal_order_shares"."refunded_amount" between 0 and "meal_order_shares"."paid_amount" and "meal_order_shares"."covered_amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "meal_orders" (
	"post_id" integer PRIMARY KEY NOT NULL,
	"organizer_id" integer NOT NULL,
	"restaurant" text NOT NULL,
	"menu_url" text,
	"min_order_amount" integer NOT NULL,
	"delivery_fee" integer NOT NULL,
	"split_rule" text NOT NULL,
	"pickup_place" text NOT NULL,
	"order_by" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'collecting' NOT NULL,
	"pay_by" timestamp with time zone,
	"locked_at" timestamp with time zone,
	"paid_at" timestamp with time zone,
	"placed_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meal_orders_status_check" CHECK (status in ('collecting', 'locked', 'paid', 'ordered', 'delivered', 'cancelled')),
	CONSTRAINT "meal_orders_split_rule_check" CHECK (split_rule in ('equal', 'proportional')),
	CONSTRAINT "meal_orders_amounts_check" CHECK ("meal_orders"."min_order_amount" >= 0 and "meal_orders"."delivery_fee" >= 0),
	CONSTRAINT "meal_orders_pay_by_check" CHECK ("meal_orders"."status" in ('collecting', 'cancelled') or "meal_orders"."pay_by" is not null)
);
--> statement-breakpoint
ALTER TABLE "meal_order_items" ADD CONSTRAINT "meal_order_items_post_id_meal_orders_post_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."meal_orders"("post_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meal_order_items" ADD CONSTRAINT "meal_order_items_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meal_order_shares" ADD CONSTRAINT "meal_order_shares_post_id_meal_orders_post_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."meal_orders"("post_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meal_order_shares" ADD CONSTRAINT "meal_order_shares_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meal_order_shares" ADD CONSTRAINT "meal_order_shares_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meal_orders" ADD CONSTRAINT "meal_orders_post_id_meal_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."meal_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meal_orders" ADD CONSTRAINT "meal_orders_organizer_id_users_id_fk" FOREIGN KEY ("organizer_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meal_order_items_post_user_idx" ON "meal_order_items" USING btree ("post_id","user_id","id");--> statement-breakpoint
CREATE INDEX "meal_order_shares_payment_id_idx" ON "meal_order_shares" USING btree ("payment_id");--> statement-breakpoint
CREATE INDEX "meal_orders_locked_pay_by_idx" ON "meal_orders" USING btree ("pay_by") WHERE "meal_orders"."status" = 'locked';--> statement-breakpoint
-- Items change only while the order collects: a request that raced the lock and got past the
-- application's check still can't land (withdrawals and drops delete, which stays allowed).
CREATE FUNCTION "meal_order_items_collecting"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT status FROM meal_orders WHERE post_id = NEW.post_id) IS DISTINCT FROM 'collecting' THEN
    RAISE EXCEPTION 'meal order % is not collecting', NEW.post_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "meal_order_items_collecting" BEFORE INSERT OR UPDATE ON "meal_order_items"
  FOR EACH ROW EXECUTE FUNCTION "meal_order_items_collecting"();
--> statement-breakpoint
-- The invariant of a locked order, checked at commit: the live shares (organizer, unpaid, paid)
-- add up to the items total plus the delivery fee.
CREATE FUNCTION "meal_order_balance_check"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  order_id integer := CASE WHEN TG_OP = 'DELETE' THEN OLD.post_id ELSE NEW.post_id END;
  o meal_orders%ROWTYPE;
  shares_total bigint;
  items_total bigint;
BEGIN
  SELECT * INTO o FROM meal_orders WHERE post_id = order_id;
  IF NOT FOUND OR o.status IN ('collecting', 'cancelled') THEN
    RETURN NULL;
  END IF;
  SELECT coalesce(sum(share), 0) INTO shares_total FROM meal_order_shares
    WHERE post_id = order_id AND status IN ('organizer', 'unpaid', 'paid');
  SELECT coalesce(sum(price * quantity), 0) INTO items_total FROM meal_order_items WHERE post_id = order_id;
  IF shares_total <> items_total + o.delivery_fee THEN
    RAISE EXCEPTION 'meal order %: shares % <> items % + delivery fee %', order_id, shares_total, items_total, o.delivery_fee
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "meal_order_shares_balance" AFTER INSERT OR UPDATE OR DELETE ON "meal_order_shares"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "meal_order_balance_check"();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "meal_order_items_balance" AFTER INSERT OR UPDATE OR DELETE ON "meal_order_items"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "meal_order_balance_check"();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "meal_orders_balance" AFTER UPDATE ON "meal_orders"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "meal_order_balance_check"();
--> statement-breakpoint
-- Deleting the post (or its room) must not make paid money vanish: cancel the order first.
CREATE FUNCTION "meal_orders_keep_money"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status IN ('locked', 'paid', 'ordered') THEN
    RAISE EXCEPTION 'meal order % is %: cancel it first', OLD.post_id, OLD.status USING ERRCODE = 'check_violation';
  END IF;
  RETURN OLD;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "meal_orders_keep_money" BEFORE DELETE ON "meal_orders"
  FOR EACH ROW EXECUTE FUNCTION "meal_orders_keep_money"();
