-- Audit rows are appended with their two hashes empty and sealed just after (the sequence number
-- is given by SQLite, so concurrent writers never race for it). The only change a row may ever
-- take is that seal: both hashes filled, once, every recorded fact unchanged. Deletes stay refused.
DROP TRIGGER audit_log_no_update;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (
  OLD.hash = '' AND OLD.prev_hash = '' AND length(NEW.hash) = 64 AND length(NEW.prev_hash) = 64
  AND NEW.seq = OLD.seq AND NEW.at = OLD.at AND NEW.actor_id = OLD.actor_id AND NEW.action = OLD.action
  AND NEW.entity = OLD.entity AND NEW.entity_id = OLD.entity_id AND NEW.request_id = OLD.request_id
  AND NEW.before_hash IS OLD.before_hash AND NEW.after_hash IS OLD.after_hash
)
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
