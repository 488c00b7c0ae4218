-- A delivery that cannot be sent when it is made (email while SMTP is not configured) is stored
-- as skipped, with the reason, and no job is queued for it: it has no job_id.
ALTER TABLE notification_deliveries ALTER COLUMN job_id DROP NOT NULL;
