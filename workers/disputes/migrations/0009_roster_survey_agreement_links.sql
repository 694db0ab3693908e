CREATE TABLE `dispute_survey` (
	`dispute_id` text PRIMARY KEY NOT NULL,
	`station_id` text NOT NULL,
	`community_id` text NOT NULL,
	`score` integer NOT NULL,
	`answered_at` text NOT NULL,
	`forwarded_at` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`dispute_id`) REFERENCES `dispute`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `dispute_survey_outbox_idx` ON `dispute_survey` (`forwarded_at`);--> statement-breakpoint
ALTER TABLE `dispute` ADD `agreement_sealed` text;--> statement-breakpoint
ALTER TABLE `dispute` ADD `duplicate_decision` text;--> statement-breakpoint
ALTER TABLE `dispute` ADD `duplicate_decided_at` text;--> statement-breakpoint
ALTER TABLE `dispute` ADD `duplicate_decided_by` text;--> statement-breakpoint
ALTER TABLE `dispute` ADD `duplicate_reason_sealed` text;--> statement-breakpoint
ALTER TABLE `dispute_contact` ADD `kind` text;--> statement-breakpoint
ALTER TABLE `qihe_staff` ADD `weekdays` text DEFAULT '1,2,3,4,5' NOT NULL;--> statement-breakpoint
ALTER TABLE `qihe_staff` ADD `updated_at` text;