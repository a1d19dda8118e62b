-- When a call's request left this computer. "placing" used to mean both
-- "not sent yet" and "sent, no answer yet"; a call left so by an earlier
-- version may have been sent, so it becomes "sending" (looked for, never
-- called "not placed" without proof).
ALTER TABLE calls ADD COLUMN sent_at_ms INTEGER;
UPDATE calls SET progress = 'sending', sent_at_ms = created_at_ms WHERE progress = 'placing';
