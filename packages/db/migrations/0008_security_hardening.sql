CREATE TABLE "login_known_address" (
	"username_hash" text NOT NULL,
	"ip" "inet" NOT NULL,
	"last_success_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "login_known_address_username_hash_ip_pk" PRIMARY KEY("username_hash","ip")
);
--> statement-breakpoint
ALTER TABLE "access_grant" ALTER COLUMN "valid_until" SET DEFAULT now() + interval '12 months';--> statement-breakpoint
-- Existing grants are brought within the limit (shortening access is the safe direction).
UPDATE "access_grant" SET "valid_until" = least(coalesce("valid_until", "valid_from" + interval '12 months'), "valid_from" + interval '24 months')
  WHERE "valid_until" IS NULL OR "valid_until" > "valid_from" + interval '24 months';--> statement-breakpoint
ALTER TABLE "access_grant" ALTER COLUMN "valid_until" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "succeeded" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "confidential" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "access_grant" ADD CONSTRAINT "access_grant_at_most_24_months" CHECK ("access_grant"."valid_until" <= "access_grant"."valid_from" + interval '24 months');