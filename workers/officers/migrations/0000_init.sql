CREATE TABLE `grid_responsibility` (
	`grid_id` text PRIMARY KEY NOT NULL,
	`officer_id` text NOT NULL,
	FOREIGN KEY (`officer_id`) REFERENCES `officer`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `grid_responsibility_officer_idx` ON `grid_responsibility` (`officer_id`);--> statement-breakpoint
CREATE TABLE `group_member` (
	`group_id` text NOT NULL,
	`officer_id` text PRIMARY KEY NOT NULL,
	`role` text NOT NULL,
	FOREIGN KEY (`group_id`) REFERENCES `police_group`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`officer_id`) REFERENCES `officer`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `group_member_group_idx` ON `group_member` (`group_id`);--> statement-breakpoint
CREATE TABLE `officer` (
	`id` text PRIMARY KEY NOT NULL,
	`station_id` text NOT NULL,
	`team_id` text,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`dedicated` integer NOT NULL,
	`title_zh` text NOT NULL,
	`title_en` text NOT NULL,
	`birth_year` integer NOT NULL,
	`education` text NOT NULL,
	`in_post_since` text NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `team`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `officer_station_idx` ON `officer` (`station_id`,`dedicated`);--> statement-breakpoint
CREATE TABLE `police_group` (
	`id` text PRIMARY KEY NOT NULL,
	`station_id` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `police_group_station_idx` ON `police_group` (`station_id`);--> statement-breakpoint
CREATE TABLE `team` (
	`id` text PRIMARY KEY NOT NULL,
	`station_id` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `team_station_idx` ON `team` (`station_id`);--> statement-breakpoint
CREATE TABLE `team_grid` (
	`team_id` text NOT NULL,
	`grid_id` text NOT NULL,
	PRIMARY KEY(`team_id`, `grid_id`),
	FOREIGN KEY (`team_id`) REFERENCES `team`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `team_grid_grid_id_unique` ON `team_grid` (`grid_id`);