CREATE TABLE `board_member` (
	`id` text PRIMARY KEY NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`role` text NOT NULL,
	`unit_zh` text NOT NULL,
	`unit_en` text NOT NULL,
	`station_id` text,
	`active` integer DEFAULT true NOT NULL
);
