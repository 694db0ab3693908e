CREATE TABLE `branch` (
	`id` text PRIMARY KEY NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `community` (
	`id` text PRIMARY KEY NOT NULL,
	`station_id` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`housing_type` text NOT NULL,
	`population` integer NOT NULL,
	`area_km2` real NOT NULL,
	FOREIGN KEY (`station_id`) REFERENCES `station`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `community_station_idx` ON `community` (`station_id`);--> statement-breakpoint
CREATE TABLE `grid` (
	`id` text PRIMARY KEY NOT NULL,
	`station_id` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	FOREIGN KEY (`station_id`) REFERENCES `station`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `grid_station_idx` ON `grid` (`station_id`);--> statement-breakpoint
CREATE TABLE `grid_community` (
	`grid_id` text NOT NULL,
	`community_id` text NOT NULL,
	PRIMARY KEY(`grid_id`, `community_id`),
	FOREIGN KEY (`grid_id`) REFERENCES `grid`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `community`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `grid_community_community_id_unique` ON `grid_community` (`community_id`);--> statement-breakpoint
CREATE TABLE `key_unit` (
	`id` text PRIMARY KEY NOT NULL,
	`community_id` text NOT NULL,
	`kind` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `community`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `key_unit_community_idx` ON `key_unit` (`community_id`);--> statement-breakpoint
CREATE TABLE `station` (
	`id` text PRIMARY KEY NOT NULL,
	`branch_id` text NOT NULL,
	`code` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branch`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `station_code_unique` ON `station` (`code`);