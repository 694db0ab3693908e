CREATE TABLE `transfer_request` (
	`id` text PRIMARY KEY NOT NULL,
	`officer_id` text NOT NULL,
	`station_id` text NOT NULL,
	`kind` text NOT NULL,
	`reason` text NOT NULL,
	`replacement_officer_id` text,
	`override_reason` text,
	`status` text NOT NULL,
	`requested_by` text NOT NULL,
	`requested_at` text NOT NULL,
	`decided_by` text,
	`decided_at` text,
	`decision_reason` text,
	`completed_by` text,
	`completed_at` text,
	`moved_grids` text NOT NULL,
	FOREIGN KEY (`officer_id`) REFERENCES `officer`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`replacement_officer_id`) REFERENCES `officer`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `transfer_request_officer_idx` ON `transfer_request` (`officer_id`);--> statement-breakpoint
CREATE INDEX `transfer_request_station_idx` ON `transfer_request` (`station_id`,`requested_at`);