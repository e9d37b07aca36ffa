-- pg_trgm gives the trigram indexes for concordance search; PGlite loads it from its contrib bundle (lib/db/client.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "tm_units" (
	"id" serial PRIMARY KEY NOT NULL,
	"source_lang" text NOT NULL,
	"target_lang" text NOT NULL,
	"source_text" text NOT NULL,
	"target_text" text NOT NULL,
	"state" text NOT NULL,
	"segment_id" integer,
	"document_id" integer,
	"origin" text NOT NULL,
	"word_count" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tm_words" (
	"word" text NOT NULL,
	"unit_id" integer NOT NULL,
	CONSTRAINT "tm_words_word_unit_id_pk" PRIMARY KEY("word","unit_id")
);
--> statement-breakpoint
ALTER TABLE "tm_units" ADD CONSTRAINT "tm_units_segment_id_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tm_units" ADD CONSTRAINT "tm_units_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tm_words" ADD CONSTRAINT "tm_words_unit_id_tm_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."tm_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "tm_units_segment" ON "tm_units" USING btree ("segment_id");--> statement-breakpoint
CREATE INDEX "tm_units_pending" ON "tm_units" USING btree ("id") WHERE "tm_units"."word_count" is null;--> statement-breakpoint
CREATE INDEX "tm_units_source_md5" ON "tm_units" USING btree (md5("source_text"));--> statement-breakpoint
CREATE INDEX "tm_units_source_trgm" ON "tm_units" USING gin ("source_text" gin_trgm_ops) WITH (fastupdate=off);--> statement-breakpoint
CREATE INDEX "tm_units_target_trgm" ON "tm_units" USING gin ("target_text" gin_trgm_ops) WITH (fastupdate=off);--> statement-breakpoint
CREATE INDEX "tm_words_unit" ON "tm_words" USING btree ("unit_id");--> statement-breakpoint
-- Backfill: pairs approved (or changed by a person) before the memory existed; from now on lib/review/tm keeps them in
-- step (and its rule is lib/tm tmStateOf). word_count stays null: at start indexPendingTmUnits puts their words in tm_words.
INSERT INTO "tm_units" ("source_lang", "target_lang", "source_text", "target_text", "state", "segment_id", "document_id", "origin", "created_at", "updated_at")
SELECT split_part(lower(d."source_lang"), '-', 1), split_part(lower(d."target_lang"), '-', 1), s."source_text", s."target_text",
       CASE WHEN s."status" = 'approved' THEN 'approved' ELSE 'edited' END, s."id", d."id", d."title", s."updated_at", s."updated_at"
FROM "segments" s JOIN "documents" d ON d."id" = s."document_id"
WHERE btrim(s."target_text") <> '' AND (s."status" = 'approved' OR (s."status" IN ('edited', 'submitted') AND s."target_text" IS DISTINCT FROM s."machine_text"));
