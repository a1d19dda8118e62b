-- A call may be scheduled for a time: confirmed now, placed then (only
-- while the app runs; a time missed while it was closed is asked about).
ALTER TABLE calls ADD COLUMN scheduled_at_ms INTEGER;
CREATE INDEX calls_by_schedule ON calls (progress, scheduled_at_ms);
