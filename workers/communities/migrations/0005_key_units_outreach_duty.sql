CREATE TABLE `duty_problem` (
	`id` text PRIMARY KEY NOT NULL,
	`report_id` text NOT NULL,
	`kind` text NOT NULL,
	`description` text NOT NULL,
	`escalation` text DEFAULT 'none' NOT NULL,
	`status` text DEFAULT 'none' NOT NULL,
	`officer_id` text,
	`grid_id` text,
	FOREIGN KEY (`report_id`) REFERENCES `duty_report`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `duty_problem_report_idx` ON `duty_problem` (`report_id`);--> statement-breakpoint
CREATE TABLE `duty_report` (
	`id` text PRIMARY KEY NOT NULL,
	`group_id` text NOT NULL,
	`date` text NOT NULL,
	`shop_ids` text NOT NULL,
	`patrol_done` integer NOT NULL,
	`recorded_by` text NOT NULL,
	FOREIGN KEY (`group_id`) REFERENCES `defence_group`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `duty_report_group_day` ON `duty_report` (`group_id`,`date`);--> statement-breakpoint
CREATE TABLE `key_unit_finding` (
	`id` text PRIMARY KEY NOT NULL,
	`key_unit_id` text NOT NULL,
	`inspection_id` text NOT NULL,
	`item_code` text NOT NULL,
	`description` text NOT NULL,
	`status` text NOT NULL,
	`found_on` text NOT NULL,
	`fixed_on` text,
	`fix_note` text,
	`fixed_by` text,
	FOREIGN KEY (`key_unit_id`) REFERENCES `key_unit`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`inspection_id`) REFERENCES `key_unit_inspection`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `key_unit_finding_unit_idx` ON `key_unit_finding` (`key_unit_id`,`status`);--> statement-breakpoint
CREATE TABLE `key_unit_inspection` (
	`id` text PRIMARY KEY NOT NULL,
	`key_unit_id` text NOT NULL,
	`date` text NOT NULL,
	`officer_id` text,
	`items` text NOT NULL,
	`recorded_by` text NOT NULL,
	FOREIGN KEY (`key_unit_id`) REFERENCES `key_unit`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `key_unit_inspection_unit_idx` ON `key_unit_inspection` (`key_unit_id`,`date`);--> statement-breakpoint
CREATE TABLE `league_reward` (
	`quarter` text NOT NULL,
	`station_id` text NOT NULL,
	`manager_id` text NOT NULL,
	`community_id` text NOT NULL,
	`league` text NOT NULL,
	`rank` integer NOT NULL,
	`rate` real NOT NULL,
	`recorded_at` text NOT NULL,
	PRIMARY KEY(`quarter`, `manager_id`),
	FOREIGN KEY (`manager_id`) REFERENCES `manager`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `community`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `league_reward_station_idx` ON `league_reward` (`station_id`);--> statement-breakpoint
CREATE TABLE `league_reward_round` (
	`quarter` text NOT NULL,
	`station_id` text NOT NULL,
	`recorded_at` text NOT NULL,
	`recorded_by` text NOT NULL,
	PRIMARY KEY(`quarter`, `station_id`),
	FOREIGN KEY (`station_id`) REFERENCES `station`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `manager` (
	`id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `community`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `manager_community_idx` ON `manager` (`community_id`);--> statement-breakpoint
CREATE TABLE `outreach_campaign` (
	`id` text PRIMARY KEY NOT NULL,
	`station_id` text,
	`theme` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`from_day` text NOT NULL,
	`to_day` text NOT NULL,
	FOREIGN KEY (`station_id`) REFERENCES `station`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `outreach_event` (
	`id` text PRIMARY KEY NOT NULL,
	`campaign_id` text NOT NULL,
	`community_id` text NOT NULL,
	`date` text NOT NULL,
	`place_zh` text NOT NULL,
	`place_en` text NOT NULL,
	`attendees` integer NOT NULL,
	`leaflets` integer NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `outreach_campaign`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `community`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "outreach_event_counts" CHECK("outreach_event"."attendees" >= 0 and "outreach_event"."leaflets" >= 0)
);
--> statement-breakpoint
CREATE INDEX `outreach_event_campaign_idx` ON `outreach_event` (`campaign_id`);--> statement-breakpoint
CREATE INDEX `outreach_event_date_idx` ON `outreach_event` (`date`);--> statement-breakpoint
CREATE TABLE `outreach_group` (
	`id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`audience` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`members` integer NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `community`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "outreach_members" CHECK("outreach_group"."members" >= 0)
);
--> statement-breakpoint
CREATE INDEX `outreach_group_community_idx` ON `outreach_group` (`community_id`);--> statement-breakpoint
ALTER TABLE `defence_group` ADD `community_id` text REFERENCES community(id);