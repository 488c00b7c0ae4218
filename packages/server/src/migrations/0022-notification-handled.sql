-- When the work an approval notice asked of its user was done (by them or anyone else: the task
-- decided, transferred, cancelled; the returned approval resubmitted or withdrawn), the notice
-- is marked handled (and read), so the unread count is what still waits; the notice is kept.
ALTER TABLE notifications ADD COLUMN handled_at timestamptz(3);

-- Notices whose work was done before this migration are marked now, as approvals/effects.ts
-- marks them from here on. The owner is held to row-level security while it is forced (when it
-- is not a superuser), which would hide every notice, task and approval: lifted for this
-- transaction only.
ALTER TABLE notifications NO FORCE ROW LEVEL SECURITY;
ALTER TABLE approval_tasks NO FORCE ROW LEVEL SECURITY;
ALTER TABLE approval_instances NO FORCE ROW LEVEL SECURITY;
UPDATE notifications n SET handled_at = now(), read_at = COALESCE(n.read_at, now())
  WHERE n.topic IN ('approval.task', 'approval.reminder', 'approval.returned')
    AND NOT CASE n.topic
      WHEN 'approval.task' THEN EXISTS (
        SELECT 1 FROM approval_tasks t WHERE t.tenant_id = n.tenant_id AND t.instance_id = n.data ->> 'instanceId' AND t.id = n.data ->> 'taskId' AND t.status = 'open')
      WHEN 'approval.reminder' THEN EXISTS (
        SELECT 1 FROM approval_tasks t WHERE t.tenant_id = n.tenant_id AND t.instance_id = n.data ->> 'instanceId' AND t.assignee = n.user_id
          AND t.node_id = n.data ->> 'nodeId' AND t.status = 'open')
      ELSE EXISTS (SELECT 1 FROM approval_instances i WHERE i.tenant_id = n.tenant_id AND i.id = n.data ->> 'instanceId' AND i.status = 'returned')
    END;
ALTER TABLE notifications FORCE ROW LEVEL SECURITY;
ALTER TABLE approval_tasks FORCE ROW LEVEL SECURITY;
ALTER TABLE approval_instances FORCE ROW LEVEL SECURITY;

-- The notices a decision may settle: only those of work still waiting. Keyed by tenant alone,
-- since under forced row-level security a condition on `data ->> 'instanceId'` (a function
-- that is not leakproof) is never used as an index condition (see 0016).
CREATE INDEX notifications_pending_approval_idx ON notifications (tenant_id)
  WHERE handled_at IS NULL AND topic IN ('approval.task', 'approval.reminder', 'approval.returned');
