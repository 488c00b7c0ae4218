-- A rule's task is done by a person: who marked it done and when, for the record's history and
-- the "done" list. The open tasks of a user or a role are listed soonest due first.
ALTER TABLE tasks ADD COLUMN done_by text;
ALTER TABLE tasks ADD COLUMN done_at timestamptz(3);
CREATE INDEX tasks_user_idx ON tasks (tenant_id, assignee_user, status, due_date) WHERE assignee_user IS NOT NULL;
CREATE INDEX tasks_role_idx ON tasks (tenant_id, assignee_role, status, due_date) WHERE assignee_role IS NOT NULL;
