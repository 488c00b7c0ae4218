-- Notifications follow the order they were made in: a notify at the same instant as another
-- (every notice of one transaction shares its time) sorts by seq, which rises with each insert,
-- where the random id put them in no meaningful order.
ALTER TABLE notifications ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
DROP INDEX notifications_inbox_idx;
CREATE INDEX notifications_inbox_idx ON notifications (tenant_id, user_id, created_at DESC, seq DESC);
