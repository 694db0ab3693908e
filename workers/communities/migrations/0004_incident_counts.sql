CREATE TABLE `incident_count` (
	`community_id` text NOT NULL,
	`month` text NOT NULL,
	`type` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`community_id`, `month`, `type`),
	FOREIGN KEY (`community_id`) REFERENCES `community`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "incident_count_not_negative" CHECK("incident_count"."count" >= 0)
);
--> statement-breakpoint
CREATE INDEX `incident_count_month_idx` ON `incident_count` (`month`);