-- Serial numbers (流水号): the last number each serial field of a form handed out, per period
-- its sequence starts again on ('20261124' for a daily reset, '' when it never does). A record's
-- create takes the next one with an upsert, so the row stays locked until that transaction
-- ends: two creates at once get two numbers, and a create rolled back gives its number back
-- (a deleted record leaves a gap).

CREATE TABLE serial_counters (
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  form_id text NOT NULL,
  field_id text NOT NULL,
  period text NOT NULL CHECK (period ~ '^([0-9]{4}([0-9]{2}([0-9]{2})?)?)?$'),
  last bigint NOT NULL CHECK (last >= 1),
  PRIMARY KEY (tenant_id, form_id, field_id, period)
);

ALTER TABLE serial_counters ENABLE ROW LEVEL SECURITY;
ALTER TABLE serial_counters FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON serial_counters
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
