-- Approvals at runtime: flow instances (the engine's snapshot, stored as is), the tasks people
-- act on, and the append-only audit log of every step. Times come from the injected clock.

CREATE TABLE approval_instances (
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  id text NOT NULL,
  flow_id text NOT NULL,
  -- The published flow version the instance started with: it runs on that version to the end.
  flow_version int NOT NULL CHECK (flow_version >= 1),
  form_id text NOT NULL,
  record_id text NOT NULL,
  status text NOT NULL CHECK (status IN ('running', 'returned', 'approved', 'rejected', 'withdrawn')),
  -- The snapshot's version: grows by one per accepted command, so a stale command is refused.
  version int NOT NULL CHECK (version >= 1),
  snapshot jsonb NOT NULL CHECK (jsonb_typeof(snapshot) = 'object'),
  submitter text,
  started_at timestamptz(3) NOT NULL,
  updated_at timestamptz(3) NOT NULL,
  finished_at timestamptz(3),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, record_id) REFERENCES records (tenant_id, id) ON DELETE CASCADE
);
-- A record has at most one open instance of a flow: starting it twice is refused.
CREATE UNIQUE INDEX approval_instances_open_idx ON approval_instances (tenant_id, record_id, flow_id) WHERE status IN ('running', 'returned');
CREATE INDEX approval_instances_record_idx ON approval_instances (tenant_id, record_id, started_at);

CREATE TABLE approval_tasks (
  tenant_id text NOT NULL,
  instance_id text NOT NULL,
  -- The engine's task id, unique within the instance (`<node id>.<counter>`).
  id text NOT NULL,
  node_id text NOT NULL,
  assignee text NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'completed', 'cancelled')),
  -- completed: what the holder decided; cancelled: why it closed without them.
  outcome text,
  deadline timestamptz(3),
  created_at timestamptz(3) NOT NULL,
  closed_at timestamptz(3),
  PRIMARY KEY (tenant_id, instance_id, id),
  FOREIGN KEY (tenant_id, instance_id) REFERENCES approval_instances (tenant_id, id) ON DELETE CASCADE
);
-- The inbox: my open tasks, newest first; and the ones I closed.
CREATE INDEX approval_tasks_open_idx ON approval_tasks (tenant_id, assignee, created_at DESC) WHERE status = 'open';
CREATE INDEX approval_tasks_done_idx ON approval_tasks (tenant_id, assignee, closed_at DESC) WHERE status <> 'open';

CREATE TABLE approval_audit (
  tenant_id text NOT NULL,
  instance_id text NOT NULL,
  seq int NOT NULL CHECK (seq >= 1),
  at timestamptz(3) NOT NULL,
  -- The acting user; NULL for the flow itself (an empty node, a timeout, a branch taken).
  by_user text,
  action text NOT NULL,
  node_id text,
  comment text,
  entry jsonb NOT NULL,
  PRIMARY KEY (tenant_id, instance_id, seq),
  FOREIGN KEY (tenant_id, instance_id) REFERENCES approval_instances (tenant_id, id) ON DELETE CASCADE
);

-- The audit log is history (全程留痕): the app role may only read and add to it.
REVOKE UPDATE, TRUNCATE ON approval_audit FROM heng_app;

ALTER TABLE approval_instances ENABLE ROW LEVEL SECURITY;
ALTER TABLE approval_instances FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON approval_instances
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

ALTER TABLE approval_tasks ENABLE ROW LEVEL SECURITY;
ALTER TABLE approval_tasks FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON approval_tasks
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

ALTER TABLE approval_audit ENABLE ROW LEVEL SECURITY;
ALTER TABLE approval_audit FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON approval_audit
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
