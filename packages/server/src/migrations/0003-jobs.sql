-- The job queue, per-tenant schedules and the notifications outbox.
-- Every time here is written from the server's injected clock (never now()), so tests that
-- move a manual clock see the queue move with it.

CREATE TABLE jobs (
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  id text NOT NULL DEFAULT gen_random_uuid()::text,
  kind text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$' AND length(kind) <= 100),
  payload jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(payload) = 'object'),
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'dead')),
  priority int NOT NULL DEFAULT 0 CHECK (priority BETWEEN -100 AND 100),
  run_at timestamptz(3) NOT NULL,
  attempts int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  max_attempts int NOT NULL DEFAULT 5 CHECK (max_attempts BETWEEN 1 AND 100),
  lease_until timestamptz(3),
  locked_by text,
  last_error text,
  progress_done bigint NOT NULL DEFAULT 0 CHECK (progress_done >= 0),
  progress_total bigint CHECK (progress_total >= 0),
  dedupe_key text CHECK (length(dedupe_key) BETWEEN 1 AND 300),
  created_at timestamptz(3) NOT NULL,
  updated_at timestamptz(3) NOT NULL,
  finished_at timestamptz(3),
  PRIMARY KEY (tenant_id, id),
  -- A running job always has a lease, and only a running job has one.
  CHECK ((status = 'running') = (lease_until IS NOT NULL))
);
-- Enqueueing the same (kind, dedupe_key) twice in a tenant gives one job.
CREATE UNIQUE INDEX jobs_dedupe_key ON jobs (tenant_id, kind, dedupe_key) WHERE dedupe_key IS NOT NULL;
-- What a worker claims: due jobs across every tenant, and jobs whose lease ran out.
CREATE INDEX jobs_due_idx ON jobs (priority DESC, run_at) WHERE status IN ('queued', 'failed');
CREATE INDEX jobs_lease_idx ON jobs (lease_until) WHERE status = 'running';
-- What an admin lists: a tenant's jobs by status, newest change first.
CREATE INDEX jobs_tenant_status_idx ON jobs (tenant_id, status, updated_at DESC, id);

CREATE TABLE schedules (
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  id text NOT NULL CHECK (id ~ '^[A-Za-z][A-Za-z0-9_]{0,63}$'),
  cron text NOT NULL CHECK (length(cron) BETWEEN 1 AND 200),
  timezone text NOT NULL CHECK (length(timezone) BETWEEN 1 AND 100),
  job_kind text NOT NULL CHECK (job_kind ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$' AND length(job_kind) <= 100),
  payload jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(payload) = 'object'),
  enabled boolean NOT NULL DEFAULT true,
  next_run_at timestamptz(3) NOT NULL,
  last_run_at timestamptz(3),
  last_job_id text,
  created_at timestamptz(3) NOT NULL,
  updated_at timestamptz(3) NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX schedules_due_idx ON schedules (next_run_at) WHERE enabled;

-- In-app notifications: one row per recipient, so each reads its own.
CREATE TABLE notifications (
  tenant_id text NOT NULL,
  id text NOT NULL DEFAULT gen_random_uuid()::text,
  user_id text NOT NULL,
  event_id text NOT NULL,
  topic text NOT NULL CHECK (topic ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$' AND length(topic) <= 100),
  title jsonb,
  message jsonb NOT NULL,
  link text CHECK (length(link) <= 2000),
  data jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(data) = 'object'),
  read_at timestamptz(3),
  created_at timestamptz(3) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX notifications_inbox_idx ON notifications (tenant_id, user_id, created_at DESC, id DESC);
CREATE INDEX notifications_unread_idx ON notifications (tenant_id, user_id) WHERE read_at IS NULL;

-- Where a tenant's events are POSTed; an empty topics list means every topic.
CREATE TABLE webhook_endpoints (
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  id text NOT NULL CHECK (id ~ '^[A-Za-z][A-Za-z0-9_]{0,63}$'),
  url text NOT NULL CHECK (url ~ '^https?://' AND length(url) <= 2000),
  secret text NOT NULL CHECK (length(secret) >= 16),
  topics text[] NOT NULL DEFAULT '{}',
  enabled boolean NOT NULL DEFAULT true,
  created_at timestamptz(3) NOT NULL,
  updated_at timestamptz(3) NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

-- The outbox: each message to send outside (an email, a webhook call), written in the same
-- transaction as its notification, sent by the job named in job_id.
CREATE TABLE notification_deliveries (
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  id text NOT NULL,
  event_id text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('email', 'webhook')),
  -- The user (email) or the webhook endpoint (webhook) it goes to.
  target text NOT NULL,
  -- What is sent, fixed when the notification is made, so every retry sends the same.
  body jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'skipped', 'failed')),
  attempts int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  detail text,
  job_id text NOT NULL,
  created_at timestamptz(3) NOT NULL,
  updated_at timestamptz(3) NOT NULL,
  sent_at timestamptz(3),
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX notification_deliveries_event_idx ON notification_deliveries (tenant_id, event_id);

ALTER TABLE jobs ENABLE ROW LEVEL SECURITY;
ALTER TABLE jobs FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON jobs
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

ALTER TABLE schedules ENABLE ROW LEVEL SECURITY;
ALTER TABLE schedules FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON schedules
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
ALTER TABLE notifications FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON notifications
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

ALTER TABLE webhook_endpoints ENABLE ROW LEVEL SECURITY;
ALTER TABLE webhook_endpoints FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON webhook_endpoints
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

ALTER TABLE notification_deliveries ENABLE ROW LEVEL SECURITY;
ALTER TABLE notification_deliveries FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON notification_deliveries
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
