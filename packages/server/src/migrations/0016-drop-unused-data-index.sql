-- The GIN index on records.data served `data @> ...` equality filters, but tenant work runs
-- under forced row-level security, where PostgreSQL keeps a non-leakproof operator such as
-- jsonb's `@>` out of index conditions: no tenant query has ever used it (EXPLAIN as heng_app
-- shows a scan by tenant, even with sequential scans off). It only cost every record write a
-- GIN insert. Lists and row rules use the sort keys' btree indexes (migration 0010) instead.
DROP INDEX records_data_idx;
