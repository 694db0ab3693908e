ALTER TABLE `duty_problem` ADD `task_id` text;--> statement-breakpoint
ALTER TABLE `duty_problem` ADD `dispute_id` text;--> statement-breakpoint
ALTER TABLE `duty_problem` ADD `dispute_reference` text;--> statement-breakpoint
ALTER TABLE `duty_problem` ADD `handover_failure` text;