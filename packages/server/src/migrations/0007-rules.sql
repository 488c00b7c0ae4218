-- Rules at runtime: a trace of every rule set evaluation, and what rules leave on records
-- (flags, tasks, freezes). Times come from the server's injected clock, never now().

CREATE TABLE rule_runs (
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  id text NOT NULL,
  record_id text NOT NULL,
  rule_set_id text NOT NULL,
  rule_set_version int NOT NULL CHECK (rule_set_version >= 1),
  record_revision int NOT NULL CHECK (record_revision >= 1),
  trigger jsonb NOT NULL,
  -- 0 for the write that caused it; n for the n-th rewrite by set_field.
  depth int NOT NULL CHECK (depth >= 0),
  fired text[] NOT NULL,
  trace jsonb NOT NULL,
  effects jsonb NOT NULL,
  ran_at timestamptz(3) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, record_id) REFERENCES records (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX rule_runs_record_idx ON rule_runs (tenant_id, record_id, ran_at);

CREATE TABLE record_flags (
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  id text NOT NULL,
  record_id text NOT NULL,
  flag text NOT NULL,
  rule_set_id text NOT NULL,
  rule_id text NOT NULL,
  created_at timestamptz(3) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, record_id, flag),
  FOREIGN KEY (tenant_id, record_id) REFERENCES records (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE tasks (
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  id text NOT NULL,
  record_id text NOT NULL,
  -- Exactly one of them: a user, or everyone in a role.
  assignee_user text,
  assignee_role text,
  title jsonb NOT NULL,
  due_date date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
  rule_set_id text NOT NULL,
  rule_id text NOT NULL,
  created_at timestamptz(3) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CHECK ((assignee_user IS NULL) <> (assignee_role IS NULL)),
  FOREIGN KEY (tenant_id, record_id) REFERENCES records (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX tasks_record_idx ON tasks (tenant_id, record_id, status);

CREATE TABLE freezes (
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  id text NOT NULL,
  record_id text NOT NULL,
  scope text NOT NULL,
  reason jsonb NOT NULL,
  rule_set_id text NOT NULL,
  rule_id text NOT NULL,
  created_at timestamptz(3) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, record_id, scope),
  FOREIGN KEY (tenant_id, record_id) REFERENCES records (tenant_id, id) ON DELETE CASCADE
);

REVOKE UPDATE, TRUNCATE ON rule_runs FROM heng_app;

ALTER TABLE rule_runs ENABLE ROW LEVEL SECURITY;
ALTER TABLE rule_runs FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON rule_runs
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

ALTER TABLE record_flags ENABLE ROW LEVEL SECURITY;
ALTER TABLE record_flags FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON record_flags
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;
ALTER TABLE tasks FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tasks
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

ALTER TABLE freezes ENABLE ROW LEVEL SECURITY;
ALTER TABLE freezes FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON freezes
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
