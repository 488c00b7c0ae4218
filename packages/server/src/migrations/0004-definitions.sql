-- Definitions (forms, scorecards, rule sets, approval flows): one editable draft each, and
-- its published versions, which never change once written (records, scores and approvals pin
-- them). Times come from the server's injected clock, never now().

CREATE TABLE definitions (
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('form', 'scorecard', 'ruleset', 'flow')),
  id text NOT NULL CHECK (id ~ '^[A-Za-z][A-Za-z0-9_]{0,63}$'),
  -- Work in progress: any JSON object, valid or not; checked when it is published.
  draft jsonb NOT NULL CHECK (jsonb_typeof(draft) = 'object'),
  -- Bumped by every save; the draft's ETag, so a stale save is refused, never merged.
  revision int NOT NULL CHECK (revision >= 1),
  archived boolean NOT NULL DEFAULT false,
  created_at timestamptz(3) NOT NULL,
  updated_at timestamptz(3) NOT NULL,
  updated_by text,
  PRIMARY KEY (tenant_id, kind, id),
  FOREIGN KEY (tenant_id, updated_by) REFERENCES users (tenant_id, id) ON DELETE SET NULL (updated_by)
);
CREATE INDEX definitions_list_idx ON definitions (tenant_id, kind, updated_at DESC);

CREATE TABLE definition_versions (
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  kind text NOT NULL,
  id text NOT NULL,
  version int NOT NULL CHECK (version >= 1),
  body jsonb NOT NULL CHECK (jsonb_typeof(body) = 'object'),
  published_at timestamptz(3) NOT NULL,
  -- Plain text, not a foreign key: a deleted user must not rewrite history.
  published_by text,
  note text CHECK (length(note) <= 1000),
  -- The unique key that makes two concurrent publishes get two numbers or one conflict.
  PRIMARY KEY (tenant_id, kind, id, version),
  FOREIGN KEY (tenant_id, kind, id) REFERENCES definitions (tenant_id, kind, id)
);

-- Published versions are immutable: the app role may only read and add them, and nobody may
-- rewrite one (deleting stays possible for the owner, so a tenant can be removed whole).
REVOKE UPDATE, DELETE, TRUNCATE ON definition_versions FROM heng_app;
CREATE FUNCTION definition_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'published definition versions cannot be changed' USING ERRCODE = '42501';
END
$$;
CREATE TRIGGER definition_versions_no_update BEFORE UPDATE ON definition_versions
  FOR EACH ROW EXECUTE FUNCTION definition_versions_immutable();

ALTER TABLE definitions ENABLE ROW LEVEL SECURITY;
ALTER TABLE definitions FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON definitions
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

ALTER TABLE definition_versions ENABLE ROW LEVEL SECURITY;
ALTER TABLE definition_versions FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON definition_versions
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
