CREATE TABLE `defence_group` (
	`id` text PRIMARY KEY NOT NULL,
	`station_id` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`street_zh` text NOT NULL,
	`street_en` text NOT NULL,
	`rota_start` text NOT NULL,
	FOREIGN KEY (`station_id`) REFERENCES `station`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `defence_group_station_idx` ON `defence_group` (`station_id`);--> statement-breakpoint
CREATE TABLE `idempotent_request` (
	`key` text PRIMARY KEY NOT NULL,
	`request_hash` text NOT NULL,
	`status` integer NOT NULL,
	`body` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `registration` (
	`community_id` text NOT NULL,
	`month` text NOT NULL,
	`floating_known` integer NOT NULL,
	`floating_registered` integer NOT NULL,
	`rental_known` integer NOT NULL,
	`rental_registered` integer NOT NULL,
	`illegal_rental_penalties` integer NOT NULL,
	PRIMARY KEY(`community_id`, `month`),
	FOREIGN KEY (`community_id`) REFERENCES `community`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "registration_counts_valid" CHECK("registration"."floating_registered" between 0 and "registration"."floating_known" and "registration"."rental_registered" between 0 and "registration"."rental_known" and "registration"."illegal_rental_penalties" >= 0)
);
--> statement-breakpoint
CREATE INDEX `registration_month_idx` ON `registration` (`month`);--> statement-breakpoint
CREATE TABLE `shop` (
	`id` text PRIMARY KEY NOT NULL,
	`group_id` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`position` integer NOT NULL,
	`closed_weekdays` integer DEFAULT 0 NOT NULL,
	`staff` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`group_id`) REFERENCES `defence_group`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `shop_group_idx` ON `shop` (`group_id`);