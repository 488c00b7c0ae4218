-- Rules at runtime, continued: the secret that signs the webhooks rules call, the error of a
-- rule run that failed on its own (a scheduled run has no one to answer), and schedules that
-- a feature owns, named `<owner>:<id>` (a scheduled rule set's is `ruleset:<rule set id>`).

CREATE TABLE rule_webhook_secrets (
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  -- One secret per tenant for now, id 'default'; the key leaves room for one per rule set.
  id text NOT NULL,
  secret text NOT NULL,
  created_at timestamptz(3) NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

ALTER TABLE rule_webhook_secrets ENABLE ROW LEVEL SECURITY;
ALTER TABLE rule_webhook_secrets FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON rule_webhook_secrets
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

-- { code, message, messageZh } when the run was rolled back (e.g. the depth limit); null otherwise.
ALTER TABLE rule_runs ADD COLUMN error jsonb;

ALTER TABLE schedules DROP CONSTRAINT schedules_id_check;
ALTER TABLE schedules ADD CONSTRAINT schedules_id_check CHECK (id ~ '^([a-z][a-z_]{0,15}:)?[A-Za-z][A-Za-z0-9_]{0,63}$');
