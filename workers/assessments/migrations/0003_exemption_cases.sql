CREATE TABLE `adjustment` (
	`id` text PRIMARY KEY NOT NULL,
	`officer_id` text NOT NULL,
	`station_id` text NOT NULL,
	`quarter` text NOT NULL,
	`item_code` text NOT NULL,
	`points` integer NOT NULL,
	`case_id` text NOT NULL,
	`line` integer NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `exemption_case`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `adjustment_officer_idx` ON `adjustment` (`officer_id`,`quarter`);--> statement-breakpoint
CREATE UNIQUE INDEX `adjustment_case_line_idx` ON `adjustment` (`case_id`,`line`);--> statement-breakpoint
CREATE TABLE `case_deduction` (
	`case_id` text NOT NULL,
	`line` integer NOT NULL,
	`item_code` text NOT NULL,
	`points` integer NOT NULL,
	PRIMARY KEY(`case_id`, `line`),
	FOREIGN KEY (`case_id`) REFERENCES `exemption_case`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `case_tie` (
	`case_id` text NOT NULL,
	`member_id` text NOT NULL,
	`kind` text NOT NULL,
	`note` text NOT NULL,
	PRIMARY KEY(`case_id`, `member_id`, `kind`),
	FOREIGN KEY (`case_id`) REFERENCES `exemption_case`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `deduction` (
	`id` text PRIMARY KEY NOT NULL,
	`officer_id` text NOT NULL,
	`station_id` text NOT NULL,
	`quarter` text NOT NULL,
	`item_code` text NOT NULL,
	`points` integer NOT NULL,
	`reason` text NOT NULL,
	`recorded_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `deduction_officer_idx` ON `deduction` (`officer_id`,`quarter`);--> statement-breakpoint
CREATE TABLE `exemption_case` (
	`id` text PRIMARY KEY NOT NULL,
	`officer_id` text NOT NULL,
	`station_id` text NOT NULL,
	`quarter` text NOT NULL,
	`happened_on` text NOT NULL,
	`duty` text NOT NULL,
	`facts` text NOT NULL,
	`lawful_duty` text NOT NULL,
	`accident_or_force_majeure` text NOT NULL,
	`no_serious_consequence` text NOT NULL,
	`filed_by` text NOT NULL,
	`filed_by_role` text NOT NULL,
	`filed_at` text NOT NULL,
	`deadline` text NOT NULL,
	`status` text NOT NULL,
	`outcome` text,
	`summary` text,
	`decided_at` text,
	`decided_by` text,
	`appeal_of` text,
	`grounds` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `exemption_case_appeal_of_unique` ON `exemption_case` (`appeal_of`);--> statement-breakpoint
CREATE INDEX `exemption_case_station_idx` ON `exemption_case` (`station_id`,`status`);--> statement-breakpoint
CREATE INDEX `exemption_case_officer_idx` ON `exemption_case` (`officer_id`);--> statement-breakpoint
CREATE TABLE `idempotent_request` (
	`key` text PRIMARY KEY NOT NULL,
	`request_hash` text NOT NULL,
	`status` integer NOT NULL,
	`body` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `panel_seat` (
	`case_id` text NOT NULL,
	`member_id` text NOT NULL,
	`seat` integer NOT NULL,
	`recused` integer NOT NULL,
	`conflicts` text NOT NULL,
	PRIMARY KEY(`case_id`, `member_id`),
	FOREIGN KEY (`case_id`) REFERENCES `exemption_case`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `board_member`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `score_item` (
	`id` text PRIMARY KEY NOT NULL,
	`scorecard_id` text NOT NULL,
	`aspect` text NOT NULL,
	`code` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`max_points` integer NOT NULL,
	FOREIGN KEY (`scorecard_id`) REFERENCES `scorecard`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `score_item_code_idx` ON `score_item` (`scorecard_id`,`code`);--> statement-breakpoint
CREATE TABLE `score_sheet` (
	`officer_id` text NOT NULL,
	`quarter` text NOT NULL,
	`station_id` text NOT NULL,
	`base_points` integer NOT NULL,
	PRIMARY KEY(`officer_id`, `quarter`)
);
--> statement-breakpoint
CREATE INDEX `score_sheet_station_idx` ON `score_sheet` (`station_id`,`quarter`);--> statement-breakpoint
CREATE TABLE `scorecard` (
	`id` text PRIMARY KEY NOT NULL,
	`station_id` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`total_points` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scorecard_station_id_unique` ON `scorecard` (`station_id`);--> statement-breakpoint
CREATE TABLE `vote` (
	`case_id` text NOT NULL,
	`member_id` text NOT NULL,
	`outcome` text NOT NULL,
	`reason_lawful_duty` text NOT NULL,
	`reason_accident_or_force_majeure` text NOT NULL,
	`reason_no_serious_consequence` text NOT NULL,
	`cast_at` text NOT NULL,
	PRIMARY KEY(`case_id`, `member_id`),
	FOREIGN KEY (`case_id`) REFERENCES `exemption_case`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `board_member`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `board_member` ADD `account_id` text;--> statement-breakpoint
CREATE UNIQUE INDEX `board_member_account_id_unique` ON `board_member` (`account_id`);