ALTER TABLE `dispute` ADD `step` text DEFAULT 'screening' NOT NULL;--> statement-breakpoint
ALTER TABLE `dispute` ADD `return_visit_at` text;