PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_adjustment` (
	`id` text PRIMARY KEY NOT NULL,
	`officer_id` text NOT NULL,
	`station_id` text NOT NULL,
	`quarter` text NOT NULL,
	`item_code` text NOT NULL,
	`points` real NOT NULL,
	`case_id` text NOT NULL,
	`line` integer NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `exemption_case`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_adjustment`("id", "officer_id", "station_id", "quarter", "item_code", "points", "case_id", "line", "recorded_at") SELECT "id", "officer_id", "station_id", "quarter", "item_code", "points", "case_id", "line", "recorded_at" FROM `adjustment`;--> statement-breakpoint
DROP TABLE `adjustment`;--> statement-breakpoint
ALTER TABLE `__new_adjustment` RENAME TO `adjustment`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `adjustment_officer_idx` ON `adjustment` (`officer_id`,`quarter`);--> statement-breakpoint
CREATE UNIQUE INDEX `adjustment_case_line_idx` ON `adjustment` (`case_id`,`line`);