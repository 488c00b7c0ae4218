-- A rule's task may be closed by a rule (close_tasks: the invoice was settled) instead of a
-- person: done_by stays null, and the reason, a rule text as filled, is kept to show on it.
-- Null for tasks a person closed, and for those closed before.
ALTER TABLE tasks ADD COLUMN close_reason jsonb;
