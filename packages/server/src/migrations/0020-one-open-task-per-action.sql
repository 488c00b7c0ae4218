-- A rule action keeps one open task per record (rules/effects.ts), held by an index so that two
-- runs at once (re-score jobs on one form take no lock on the record) cannot both make one.
-- Duplicates made before are closed first, keeping the newest (the assignee the record named
-- last). The owner is held to row-level security while it is forced (when it is not a
-- superuser), which would hide every task: lifted for this transaction only.
ALTER TABLE tasks NO FORCE ROW LEVEL SECURITY;
UPDATE tasks AS t SET status = 'done', done_at = now()
  WHERE t.status = 'open' AND t.action_id IS NOT NULL AND EXISTS (
    SELECT 1 FROM tasks AS o
    WHERE o.tenant_id = t.tenant_id AND o.record_id = t.record_id AND o.rule_set_id = t.rule_set_id AND o.rule_id = t.rule_id
      AND o.action_id = t.action_id AND o.status = 'open' AND (o.created_at, o.id) > (t.created_at, t.id)
  );
ALTER TABLE tasks FORCE ROW LEVEL SECURITY;
CREATE UNIQUE INDEX tasks_open_action_idx ON tasks (tenant_id, record_id, rule_set_id, rule_id, action_id) WHERE status = 'open' AND action_id IS NOT NULL;
