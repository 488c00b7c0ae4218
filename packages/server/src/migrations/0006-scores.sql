-- Scores of records by published scorecards: the current score per (record, scorecard), and
-- every score ever given. Each pins the scorecard and form versions it was made with and keeps
-- the engine's full ScoreResult (factors, overrides, flags, outputs, problems) to explain it.
-- Times come from the server's injected clock, never now().

CREATE TABLE scores (
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  record_id text NOT NULL,
  scorecard_id text NOT NULL,
  scorecard_version int NOT NULL CHECK (scorecard_version >= 1),
  form_version int NOT NULL CHECK (form_version >= 1),
  -- The record revision scored: an older revision never overwrites a newer one's score.
  record_revision int NOT NULL CHECK (record_revision >= 1),
  -- Null when the score failed (a value the `fail` policy needs is missing): see result.problems.
  total numeric,
  grade text,
  result jsonb NOT NULL CHECK (jsonb_typeof(result) = 'object'),
  scored_at timestamptz(3) NOT NULL,
  -- The re-score job that wrote it; null when the record's own write did.
  job_id text,
  PRIMARY KEY (tenant_id, record_id, scorecard_id),
  FOREIGN KEY (tenant_id, record_id) REFERENCES records (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX scores_scorecard_idx ON scores (tenant_id, scorecard_id, scorecard_version);

CREATE TABLE score_history (
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  id text NOT NULL,
  record_id text NOT NULL,
  scorecard_id text NOT NULL,
  scorecard_version int NOT NULL CHECK (scorecard_version >= 1),
  form_version int NOT NULL CHECK (form_version >= 1),
  record_revision int NOT NULL CHECK (record_revision >= 1),
  total numeric,
  grade text,
  result jsonb NOT NULL CHECK (jsonb_typeof(result) = 'object'),
  scored_at timestamptz(3) NOT NULL,
  job_id text,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, record_id) REFERENCES records (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX score_history_record_idx ON score_history (tenant_id, record_id, scorecard_id, scored_at);

-- The re-score job walks a form's live records in id order (keyset), batch by batch.
CREATE INDEX records_form_keyset_idx ON records (tenant_id, form_id, id) WHERE deleted_at IS NULL;

-- History is history: the app role may only read and add to it.
REVOKE UPDATE, TRUNCATE ON score_history FROM heng_app;

ALTER TABLE scores ENABLE ROW LEVEL SECURITY;
ALTER TABLE scores FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON scores
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

ALTER TABLE score_history ENABLE ROW LEVEL SECURITY;
ALTER TABLE score_history FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON score_history
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
