CREATE TABLE "documents" (
	"id" serial PRIMARY KEY NOT NULL,
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
CREATE TABLE "meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
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
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_segment_id_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segments" ADD CONSTRAINT "segments_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "revisions_segment" ON "revisions" USING btree ("segment_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "segments_document_position" ON "segments" USING btree ("document_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "translation_memory_key" ON "translation_memory" USING btree ("key");