CREATE TABLE `dispute_contact` (
	`dispute_id` text NOT NULL,
	`digest` text NOT NULL,
	FOREIGN KEY (`dispute_id`) REFERENCES `dispute`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `dispute_contact_digest_idx` ON `dispute_contact` (`digest`);--> statement-breakpoint
CREATE UNIQUE INDEX `dispute_contact_pk` ON `dispute_contact` (`dispute_id`,`digest`);--> statement-breakpoint
ALTER TABLE `dispute` ADD `possible_duplicate_of` text;