CREATE TABLE `dispute_progress` (
	`id` text PRIMARY KEY NOT NULL,
	`dispute_id` text NOT NULL,
	`at` text NOT NULL,
	`actor_id` text NOT NULL,
	`note_sealed` text NOT NULL,
	FOREIGN KEY (`dispute_id`) REFERENCES `dispute`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `dispute_progress_dispute_idx` ON `dispute_progress` (`dispute_id`,`at`);