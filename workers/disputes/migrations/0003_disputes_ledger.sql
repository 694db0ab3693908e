CREATE TABLE `dispute` (
	`id` text PRIMARY KEY NOT NULL,
	`reference` text NOT NULL,
	`status_secret_hash` text NOT NULL,
	`source` text NOT NULL,
	`category` text NOT NULL,
	`community_id` text NOT NULL,
	`station_id` text NOT NULL,
	`grid_id` text,
	`personal_sealed` text NOT NULL,
	`preferred_handling` text NOT NULL,
	`consent_at` text NOT NULL,
	`state` text NOT NULL,
	`jurisdiction` text,
	`complexity` text,
	`holder_role` text NOT NULL,
	`holder_officer_id` text,
	`holder_name_zh` text,
	`holder_name_en` text,
	`holder_unit_zh` text,
	`holder_unit_en` text,
	`referral_channel` text,
	`referral_body` text,
	`referral_contact` text,
	`referral_their_reference` text,
	`received_at` text NOT NULL,
	`next_kind` text NOT NULL,
	`due_at` text,
	`triaged_at` text,
	`closed_at` text,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dispute_reference_unique` ON `dispute` (`reference`);--> statement-breakpoint
CREATE UNIQUE INDEX `dispute_status_secret_hash_unique` ON `dispute` (`status_secret_hash`);--> statement-breakpoint
CREATE INDEX `dispute_station_idx` ON `dispute` (`station_id`,`received_at`);--> statement-breakpoint
CREATE INDEX `dispute_holder_idx` ON `dispute` (`holder_officer_id`);--> statement-breakpoint
CREATE INDEX `dispute_due_idx` ON `dispute` (`due_at`);--> statement-breakpoint
CREATE TABLE `dispute_event` (
	`id` text PRIMARY KEY NOT NULL,
	`dispute_id` text NOT NULL,
	`at` text NOT NULL,
	`kind` text NOT NULL,
	`holder_role` text,
	`holder_unit_zh` text,
	`holder_unit_en` text,
	FOREIGN KEY (`dispute_id`) REFERENCES `dispute`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `dispute_event_dispute_idx` ON `dispute_event` (`dispute_id`,`at`);--> statement-breakpoint
CREATE TABLE `idempotent_request` (
	`key` text PRIMARY KEY NOT NULL,
	`request_hash` text NOT NULL,
	`status` integer NOT NULL,
	`body` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL
);
