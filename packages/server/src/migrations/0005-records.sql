-- Records of published forms, and every revision of each. A record pins the form version it was
-- last validated with. Times come from the server's injected clock, never now().

CREATE TABLE records (
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  form_id text NOT NULL,
  id text NOT NULL,
  form_version int NOT NULL CHECK (form_version >= 1),
  data jsonb NOT NULL CHECK (jsonb_typeof(data) = 'object'),
  -- Bumped by every write (a delete too): the record's ETag, so a stale write is refused.
  revision int NOT NULL CHECK (revision >= 1),
  created_at timestamptz(3) NOT NULL,
  -- Plain text, not foreign keys: a deleted user must not rewrite history.
  created_by text,
  updated_at timestamptz(3) NOT NULL,
  updated_by text,
  -- Soft delete: the row and its revisions stay for audit; lists and reads skip it.
  deleted_at timestamptz(3),
  PRIMARY KEY (tenant_id, id)
);
-- The default list order (newest first) with its keyset tie-breaker, live records only.
CREATE INDEX records_list_idx ON records (tenant_id, form_id, created_at DESC, id DESC) WHERE deleted_at IS NULL;
-- Equality filters on any field are sent as `data @> '{"field": value}'`, which this serves
-- for every field of every form without one index per field.
CREATE INDEX records_data_idx ON records USING gin (data jsonb_path_ops);

CREATE TABLE record_revisions (
  tenant_id text NOT NULL,
  record_id text NOT NULL,
  revision int NOT NULL CHECK (revision >= 1),
  action text NOT NULL CHECK (action IN ('create', 'update', 'delete')),
  form_version int NOT NULL,
  data jsonb NOT NULL,
  changed_at timestamptz(3) NOT NULL,
  changed_by text,
  PRIMARY KEY (tenant_id, record_id, revision),
  FOREIGN KEY (tenant_id, record_id) REFERENCES records (tenant_id, id) ON DELETE CASCADE
);

-- Revisions are history: the app role may only read and add them.
REVOKE UPDATE, TRUNCATE ON record_revisions FROM heng_app;

ALTER TABLE records ENABLE ROW LEVEL SECURITY;
ALTER TABLE records FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON records
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

ALTER TABLE record_revisions ENABLE ROW LEVEL SECURITY;
ALTER TABLE record_revisions FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON record_revisions
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
