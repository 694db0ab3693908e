CREATE TABLE `assignment` (
	`id` text PRIMARY KEY NOT NULL,
	`officer_id` text NOT NULL,
	`station_id` text NOT NULL,
	`kind` text NOT NULL,
	`start` text NOT NULL,
	`end` text NOT NULL,
	`reason` text,
	`exception_id` text,
	`case_level` text,
	`case_quota` integer,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`officer_id`) REFERENCES `officer`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assignment_officer_idx` ON `assignment` (`officer_id`,`start`);--> statement-breakpoint
CREATE INDEX `assignment_station_idx` ON `assignment` (`station_id`);--> statement-breakpoint
CREATE TABLE `duty_exception` (
	`id` text PRIMARY KEY NOT NULL,
	`officer_id` text NOT NULL,
	`station_id` text NOT NULL,
	`reason` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`expires_on` text NOT NULL,
	`status` text NOT NULL,
	`requested_by` text NOT NULL,
	`heads_required` integer NOT NULL,
	`decided_by` text,
	`decided_at` text,
	`decision_note` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`officer_id`) REFERENCES `officer`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `duty_exception_officer_idx` ON `duty_exception` (`officer_id`);--> statement-breakpoint
CREATE INDEX `duty_exception_station_idx` ON `duty_exception` (`station_id`);--> statement-breakpoint
CREATE TABLE `idempotent_request` (
	`key` text PRIMARY KEY NOT NULL,
	`request_hash` text NOT NULL,
	`status` integer NOT NULL,
	`body` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `presence_entry` (
	`id` text PRIMARY KEY NOT NULL,
	`officer_id` text NOT NULL,
	`grid_id` text NOT NULL,
	`activity` text NOT NULL,
	`start` text NOT NULL,
	`end` text NOT NULL,
	`start_utc` text NOT NULL,
	`end_utc` text NOT NULL,
	`minutes` integer NOT NULL,
	`week_start` text NOT NULL,
	`note` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`officer_id`) REFERENCES `officer`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `presence_entry_officer_week_idx` ON `presence_entry` (`officer_id`,`week_start`);--> statement-breakpoint
CREATE INDEX `presence_entry_officer_time_idx` ON `presence_entry` (`officer_id`,`start_utc`);--> statement-breakpoint
CREATE TABLE `presence_week` (
	`officer_id` text NOT NULL,
	`week_start` text NOT NULL,
	`status` text NOT NULL,
	`submitted_at` text NOT NULL,
	`approved_by` text,
	`approved_at` text,
	PRIMARY KEY(`officer_id`, `week_start`),
	FOREIGN KEY (`officer_id`) REFERENCES `officer`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `refused_assignment` (
	`id` text PRIMARY KEY NOT NULL,
	`officer_id` text NOT NULL,
	`station_id` text NOT NULL,
	`kind` text NOT NULL,
	`start` text NOT NULL,
	`end` text NOT NULL,
	`rule` text NOT NULL,
	`attempted_by` text NOT NULL,
	`attempted_at` text NOT NULL,
	FOREIGN KEY (`officer_id`) REFERENCES `officer`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `refused_assignment_station_idx` ON `refused_assignment` (`station_id`,`attempted_at`);--> statement-breakpoint
CREATE TABLE `station_config` (
	`station_id` text PRIMARY KEY NOT NULL,
	`community_share_target` real,
	`exception_heads` integer,
	`excluded_kinds` text
);
