CREATE TABLE `dispute_attachment` (
	`id` text PRIMARY KEY NOT NULL,
	`dispute_id` text NOT NULL,
	`number` integer NOT NULL,
	`content_type` text NOT NULL,
	`bytes` integer NOT NULL,
	`sha256` text NOT NULL,
	`object_key` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`dispute_id`) REFERENCES `dispute`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dispute_attachment_number_idx` ON `dispute_attachment` (`dispute_id`,`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `dispute_attachment_sha_idx` ON `dispute_attachment` (`dispute_id`,`sha256`);