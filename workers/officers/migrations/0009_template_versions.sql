ALTER TABLE `task_template` ADD `valid_from` text;--> statement-breakpoint
ALTER TABLE `task_template` ADD `replaces_id` text;