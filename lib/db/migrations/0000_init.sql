CREATE TABLE "documents" (
	"id" serial PRIMARY KEY NOT NULL,
	"project_id" integer DEFAULT 1 NOT NULL,
	"title" text NOT NULL,
	"source_lang" text NOT NULL,
	"target_lang" text NOT NULL,
	"source_format" text DEFAULT 'txt' NOT NULL,
	"provenance" text DEFAULT 'none' NOT NULL,
	"provenance_detail" text,
	"translation_state" text DEFAULT 'none' NOT NULL,
	"translation_error" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "finding_dismissals" (
	"id" serial PRIMARY KEY NOT NULL,
	"segment_id" integer NOT NULL,
	"fingerprint" text NOT NULL,
	"check" text NOT NULL,
	"message" text NOT NULL,
	"dismissed_by" text NOT NULL,
	"dismissed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"restored_by" text,
	"restored_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "glossary_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"project_id" integer NOT NULL,
	"source_term" text NOT NULL,
	"target_term" text NOT NULL,
	"forbidden" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"check_settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "revisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"segment_id" integer NOT NULL,
	"author" text NOT NULL,
	"text" text NOT NULL,
	"kind" text NOT NULL,
	"base_version" integer NOT NULL,
	"version" integer NOT NULL,
	"reverted_from" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "segment_findings" (
	"segment_id" integer PRIMARY KEY NOT NULL,
	"document_id" integer NOT NULL,
	"findings" jsonb NOT NULL,
	"risk" integer DEFAULT 0 NOT NULL,
	"extra" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"checked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "segments" (
	"id" serial PRIMARY KEY NOT NULL,
	"document_id" integer NOT NULL,
	"position" integer NOT NULL,
	"paragraph_index" integer NOT NULL,
	"sentence_index" integer NOT NULL,
	"block_type" text DEFAULT 'paragraph' NOT NULL,
	"block_level" integer DEFAULT 0 NOT NULL,
	"block_marker" text DEFAULT '' NOT NULL,
	"source_text" text NOT NULL,
	"machine_text" text,
	"machine_origin" text,
	"target_text" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'untranslated' NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "translation_memory" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"engine" text NOT NULL,
	"source_lang" text NOT NULL,
	"target_lang" text NOT NULL,
	"source_text" text NOT NULL,
	"target_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finding_dismissals" ADD CONSTRAINT "finding_dismissals_segment_id_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_entries" ADD CONSTRAINT "glossary_entries_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_segment_id_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segment_findings" ADD CONSTRAINT "segment_findings_segment_id_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segment_findings" ADD CONSTRAINT "segment_findings_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segments" ADD CONSTRAINT "segments_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "finding_dismissals_segment" ON "finding_dismissals" USING btree ("segment_id","fingerprint");--> statement-breakpoint
CREATE UNIQUE INDEX "glossary_project_term" ON "glossary_entries" USING btree ("project_id","source_term");--> statement-breakpoint
CREATE INDEX "revisions_segment" ON "revisions" USING btree ("segment_id","version");--> statement-breakpoint
CREATE INDEX "segment_findings_document" ON "segment_findings" USING btree ("document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "segments_document_position" ON "segments" USING btree ("document_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "translation_memory_key" ON "translation_memory" USING btree ("key");--> statement-breakpoint
INSERT INTO "projects" ("id", "name") VALUES (1, 'Default project');--> statement-breakpoint
SELECT setval(pg_get_serial_sequence('projects', 'id'), 1);
