ALTER TABLE `dispute` ADD `paused_at` text;--> statement-breakpoint
ALTER TABLE `dispute` ADD `pause_reason` text;--> statement-breakpoint
ALTER TABLE `dispute` ADD `outcome` text;--> statement-breakpoint
ALTER TABLE `dispute_event` ADD `detail` text;