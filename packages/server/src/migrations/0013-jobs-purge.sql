-- The worker deletes old finished jobs every hour (jobs/purge.ts): this finds them without
-- reading the whole queue.
CREATE INDEX jobs_finished_idx ON jobs (finished_at) WHERE status IN ('succeeded', 'dead');
