CREATE TABLE `computed_item` (
	`officer_id` text NOT NULL,
	`station_id` text NOT NULL,
	`quarter` text NOT NULL,
	`item_code` text NOT NULL,
	`points` integer NOT NULL,
	`inputs` text NOT NULL,
	`computed_at` text NOT NULL,
	PRIMARY KEY(`officer_id`, `quarter`, `item_code`)
);
--> statement-breakpoint
CREATE INDEX `computed_item_station_idx` ON `computed_item` (`station_id`,`quarter`);--> statement-breakpoint
CREATE TABLE `consequence` (
	`id` text PRIMARY KEY NOT NULL,
	`officer_id` text NOT NULL,
	`station_id` text NOT NULL,
	`quarter` text NOT NULL,
	`kind` text NOT NULL,
	`score` real NOT NULL,
	`rank` integer NOT NULL,
	`status` text NOT NULL,
	`proposed_at` text NOT NULL,
	`reason` text,
	`decided_at` text,
	`decided_by` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `consequence_officer_quarter_idx` ON `consequence` (`officer_id`,`quarter`);--> statement-breakpoint
CREATE INDEX `consequence_station_idx` ON `consequence` (`station_id`,`quarter`);--> statement-breakpoint
CREATE TABLE `nomination` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`officer_id` text NOT NULL,
	`station_id` text NOT NULL,
	`period` text NOT NULL,
	`snapshot` text NOT NULL,
	`reason` text NOT NULL,
	`filed_by` text NOT NULL,
	`filed_at` text NOT NULL,
	`deadline` text NOT NULL,
	`status` text NOT NULL,
	`outcome` text,
	`summary` text,
	`decided_at` text,
	`decided_by` text
);
--> statement-breakpoint
CREATE INDEX `nomination_station_idx` ON `nomination` (`station_id`,`status`);--> statement-breakpoint
CREATE UNIQUE INDEX `nomination_once_idx` ON `nomination` (`kind`,`officer_id`,`period`);--> statement-breakpoint
CREATE TABLE `nomination_seat` (
	`nomination_id` text NOT NULL,
	`member_id` text NOT NULL,
	`seat` integer NOT NULL,
	`recused` integer NOT NULL,
	`conflicts` text NOT NULL,
	PRIMARY KEY(`nomination_id`, `member_id`),
	FOREIGN KEY (`nomination_id`) REFERENCES `nomination`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `board_member`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `nomination_vote` (
	`nomination_id` text NOT NULL,
	`member_id` text NOT NULL,
	`outcome` text NOT NULL,
	`reason` text NOT NULL,
	`cast_at` text NOT NULL,
	PRIMARY KEY(`nomination_id`, `member_id`),
	FOREIGN KEY (`nomination_id`) REFERENCES `nomination`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `board_member`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `quarter_close` (
	`station_id` text NOT NULL,
	`quarter` text NOT NULL,
	`closed_at` text NOT NULL,
	`closed_by` text NOT NULL,
	PRIMARY KEY(`station_id`, `quarter`)
);
--> statement-breakpoint
CREATE TABLE `score_snapshot` (
	`officer_id` text NOT NULL,
	`quarter` text NOT NULL,
	`station_id` text NOT NULL,
	`base_points` integer NOT NULL,
	`deducted` real NOT NULL,
	`adjusted` real NOT NULL,
	`score` real NOT NULL,
	`rank` integer NOT NULL,
	`grade` text NOT NULL,
	`star` integer NOT NULL,
	`inputs` text NOT NULL,
	`frozen_at` text NOT NULL,
	PRIMARY KEY(`officer_id`, `quarter`)
);
--> statement-breakpoint
CREATE INDEX `score_snapshot_station_idx` ON `score_snapshot` (`station_id`,`quarter`);--> statement-breakpoint
CREATE TABLE `scorecard_rater` (
	`scorecard_id` text NOT NULL,
	`rater_role` text NOT NULL,
	`label_zh` text NOT NULL,
	`label_en` text NOT NULL,
	`weight_pct` integer NOT NULL,
	PRIMARY KEY(`scorecard_id`, `rater_role`),
	FOREIGN KEY (`scorecard_id`) REFERENCES `scorecard`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `survey` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`question_zh` text NOT NULL,
	`question_en` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `survey_kind_unique` ON `survey` (`kind`);--> statement-breakpoint
CREATE TABLE `survey_answer` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`station_id` text NOT NULL,
	`community_id` text,
	`dispute_id` text,
	`officer_id` text,
	`score` integer NOT NULL,
	`answered_on` text NOT NULL,
	`recorded_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `survey_answer_dispute_id_unique` ON `survey_answer` (`dispute_id`);--> statement-breakpoint
CREATE INDEX `survey_answer_station_idx` ON `survey_answer` (`station_id`,`answered_on`);--> statement-breakpoint
ALTER TABLE `deduction` ADD `rater_role` text;--> statement-breakpoint
ALTER TABLE `deduction` ADD `recorded_by` text;--> statement-breakpoint
ALTER TABLE `score_item` ADD `source` text DEFAULT 'rater' NOT NULL;