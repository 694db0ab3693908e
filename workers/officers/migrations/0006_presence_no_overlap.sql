-- Two requests that check for an overlapping entry at the same moment could both pass the check
-- (it is read before the write). The database refuses the second one outright: the insert of an
-- entry overlapping another of the same officer aborts its whole batch (audit row included), and
-- the worker answers 422 RULE_PRESENCE_OVERLAP. The same row again (same id: a seed re-run with ON
-- CONFLICT DO NOTHING) is not an overlap with itself.
CREATE TRIGGER presence_entry_no_overlap BEFORE INSERT ON presence_entry
WHEN EXISTS (
  SELECT 1 FROM presence_entry
  WHERE officer_id = NEW.officer_id AND id <> NEW.id AND start_utc < NEW.end_utc AND end_utc > NEW.start_utc
)
BEGIN SELECT RAISE(ABORT, 'RULE_PRESENCE_OVERLAP'); END;
