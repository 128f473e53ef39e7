CREATE TABLE "payouts" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"amount" integer NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"paid_at" timestamp with time zone,
	"paid_by" integer,
	"rejected_at" timestamp with time zone,
	"rejected_by" integer,
	"reject_reason" text,
	CONSTRAINT "payouts_amount_check" CHECK ("payouts"."amount" > 0),
	CONSTRAINT "payouts_status_check" CHECK (status in ('requested', 'paid', 'rejected')),
	CONSTRAINT "payouts_decision_check" CHECK ((status = 'paid') = (paid_at is not null and paid_by is not null) and (status = 'rejected') = (rejected_at is not null and rejected_by is not null))
);
--> statement-breakpoint
CREATE TABLE "settlement_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"kind" text NOT NULL,
	"amount" integer NOT NULL,
	"payment_id" integer,
	"subject_type" text NOT NULL,
	"subject_id" integer NOT NULL,
	"memo" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "settlement_entries_kind_check" CHECK (kind in ('meal_order_income', 'game_income', 'reservation_income', 'refund_debit', 'organizer_cover', 'platform_fee', 'payout')),
	CONSTRAINT "settlement_entries_subject_type_check" CHECK (subject_type in ('meal_order', 'game', 'reservation', 'payout')),
	CONSTRAINT "settlement_entries_amount_check" CHECK (amount <> 0 and (kind not in ('meal_order_income', 'game_income', 'reservation_income') or amount > 0) and (kind not in ('refund_debit', 'payout') or amount < 0)),
	CONSTRAINT "settlement_entries_payout_subject_check" CHECK ((kind = 'payout') = (subject_type = 'payout')),
	CONSTRAINT "settlement_entries_memo_check" CHECK (length("settlement_entries"."memo") <= 200)
);
--> statement-breakpoint
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_paid_by_users_id_fk" FOREIGN KEY ("paid_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_rejected_by_users_id_fk" FOREIGN KEY ("rejected_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_entries" ADD CONSTRAINT "settlement_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_entries" ADD CONSTRAINT "settlement_entries_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "payouts_one_requested_per_user_idx" ON "payouts" USING btree ("user_id") WHERE "payouts"."status" = 'requested';--> statement-breakpoint
CREATE INDEX "payouts_user_id_idx" ON "payouts" USING btree ("user_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "payouts_status_idx" ON "payouts" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "settlement_entries_user_id_idx" ON "settlement_entries" USING btree ("user_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "settlement_entries_payment_id_idx" ON "settlement_entries" USING btree ("payment_id") WHERE "settlement_entries"."payment_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "settlement_entries_income_once_idx" ON "settlement_entries" USING btree ("payment_id","kind") WHERE kind in ('meal_order_income', 'game_income', 'reservation_income') or (kind = 'platform_fee' and amount < 0);--> statement-breakpoint
CREATE UNIQUE INDEX "settlement_entries_payout_once_idx" ON "settlement_entries" USING btree ("subject_id") WHERE "settlement_entries"."kind" = 'payout';--> statement-breakpoint
-- hand-written below
CREATE FUNCTION "settlement_entries_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'settlement_entries is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "settlement_entries_append_only" BEFORE UPDATE OR DELETE ON "settlement_entries"
  FOR EACH ROW EXECUTE FUNCTION "settlement_entries_append_only"();
--> statement-breakpoint
-- A payout is decided once: only a `requested` row changes, and only its decision columns.
CREATE FUNCTION "payouts_decided_once"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'payouts are never deleted';
  END IF;
  IF OLD.status <> 'requested' THEN
    RAISE EXCEPTION 'payout % is already %', OLD.id, OLD.status;
  END IF;
  IF NEW.user_id <> OLD.user_id OR NEW.amount <> OLD.amount OR NEW.requested_at <> OLD.requested_at OR NEW.id <> OLD.id THEN
    RAISE EXCEPTION 'a payout request cannot be edited';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "payouts_decided_once" BEFORE UPDATE OR DELETE ON "payouts"
  FOR EACH ROW EXECUTE FUNCTION "payouts_decided_once"();
