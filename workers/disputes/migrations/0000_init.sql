CREATE TABLE `qihe_staff` (
	`id` text PRIMARY KEY NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`agency` text NOT NULL,
	`arrangement` text NOT NULL,
	`position_zh` text NOT NULL,
	`position_en` text NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
