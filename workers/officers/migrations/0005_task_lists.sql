CREATE TABLE `checklist` (
	`id` text PRIMARY KEY NOT NULL,
	`station_id` text,
	`code` text NOT NULL,
	`title_zh` text NOT NULL,
	`title_en` text NOT NULL,
	`subject` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `checklist_item` (
	`checklist_id` text NOT NULL,
	`position` integer NOT NULL,
	`text_zh` text NOT NULL,
	`text_en` text NOT NULL,
	PRIMARY KEY(`checklist_id`, `position`),
	FOREIGN KEY (`checklist_id`) REFERENCES `checklist`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `task_item` (
	`id` text PRIMARY KEY NOT NULL,
	`officer_id` text NOT NULL,
	`station_id` text NOT NULL,
	`template_id` text NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`target` integer NOT NULL,
	`done` integer NOT NULL,
	`note` text,
	`checked` text NOT NULL,
	`status` text NOT NULL,
	`completed_at` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`officer_id`) REFERENCES `officer`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`template_id`) REFERENCES `task_template`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `task_item_officer_template_period_idx` ON `task_item` (`officer_id`,`template_id`,`period_start`);--> statement-breakpoint
CREATE INDEX `task_item_officer_due_idx` ON `task_item` (`officer_id`,`period_end`);--> statement-breakpoint
CREATE INDEX `task_item_station_due_idx` ON `task_item` (`station_id`,`period_end`);--> statement-breakpoint
CREATE TABLE `task_template` (
	`id` text PRIMARY KEY NOT NULL,
	`station_id` text,
	`kind` text NOT NULL,
	`cadence` text NOT NULL,
	`title_zh` text NOT NULL,
	`title_en` text NOT NULL,
	`target` integer NOT NULL,
	`unit_zh` text NOT NULL,
	`unit_en` text NOT NULL,
	`evidence` text NOT NULL,
	`checklist_id` text,
	`dedicated_only` integer NOT NULL,
	`active` integer NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`checklist_id`) REFERENCES `checklist`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `task_template_station_idx` ON `task_template` (`station_id`);--> statement-breakpoint
ALTER TABLE `station_config` ADD `meeting_calendar` text;--> statement-breakpoint
ALTER TABLE `transfer_request` ADD `to_station_id` text;