-- Tables every record write inserts into no longer reference tenants(id). Each such foreign key
-- check share-locks the company's one tenants row, so concurrent writes of a company all lock the
-- same row and PostgreSQL keeps a growing multixact for it. In alternating runs of the submit bench
-- (2 cores, 50 connections) routed credit applications went from 200-230 to 275-290 a second. Nothing is
-- lost: tenant_id comes from the authenticated principal of a tenant that exists, row-level
-- security pins every statement to it, and no code deletes tenants (they are suspended).
ALTER TABLE records DROP CONSTRAINT records_tenant_id_fkey;
ALTER TABLE scores DROP CONSTRAINT scores_tenant_id_fkey;
ALTER TABLE score_history DROP CONSTRAINT score_history_tenant_id_fkey;
ALTER TABLE rule_runs DROP CONSTRAINT rule_runs_tenant_id_fkey;
ALTER TABLE record_flags DROP CONSTRAINT record_flags_tenant_id_fkey;
ALTER TABLE tasks DROP CONSTRAINT tasks_tenant_id_fkey;
ALTER TABLE freezes DROP CONSTRAINT freezes_tenant_id_fkey;
ALTER TABLE approval_instances DROP CONSTRAINT approval_instances_tenant_id_fkey;
ALTER TABLE jobs DROP CONSTRAINT jobs_tenant_id_fkey;
ALTER TABLE notification_deliveries DROP CONSTRAINT notification_deliveries_tenant_id_fkey;
