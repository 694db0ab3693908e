CREATE TABLE `idempotent_request` (
	`key` text PRIMARY KEY NOT NULL,
	`request_hash` text NOT NULL,
	`status` integer NOT NULL,
	`body_sealed` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL
);
