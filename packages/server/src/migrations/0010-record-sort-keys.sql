-- Sort keys: one row per (live record, scalar field), typed, so a list's range filters
-- (gt/gte/lt/lte) and its sort on ANY field of ANY form are served by two btree indexes.
--
-- Why a side table and not an expression index per field: a field id is chosen by each
-- tenant's admins, so indexes per (tenant, form, field) would grow without bound, each would
-- have to be built at publish (CREATE INDEX blocks writes to records, CONCURRENTLY cannot run
-- in the publishing transaction), and the same id may hold a number in one form and text in
-- another. Here the indexes are fixed, two in all; the cost is a few small rows per record
-- write, made by the trigger below in the write's own transaction.
--
-- A key mirrors how a list reads a field from `data`: a JSON number is `num`, a string or
-- boolean is `txt` (compared as text, in the database's collation);
-- other values (lists, sub-tables, null) have no key, so they sort last like a missing value.
-- A text key keeps the first 256 characters, so every key fits a btree entry: a longer text
-- sorts and compares by those characters, and ties go to the record id.
--
-- `num` is double precision, not numeric: lists run under row-level security, where PostgreSQL
-- puts a condition into an index scan only if its operator is leakproof, and numeric's
-- comparisons are not (float8's and text's are). It loses nothing: every number in `data`
-- came through JSON.parse as a double, which float8 holds exactly and orders as numeric would.
CREATE TABLE record_sort_keys (
  tenant_id text NOT NULL,
  form_id text NOT NULL,
  record_id text NOT NULL,
  field text NOT NULL,
  num double precision,
  txt text,
  CHECK ((num IS NULL) <> (txt IS NULL)),
  PRIMARY KEY (tenant_id, record_id, field),
  FOREIGN KEY (tenant_id, record_id) REFERENCES records (tenant_id, id) ON DELETE CASCADE
);
-- Equality on the first three columns, then the value in order, then the keyset tie-breaker.
CREATE INDEX record_sort_keys_num_idx ON record_sort_keys (tenant_id, form_id, field, num, record_id) WHERE num IS NOT NULL;
CREATE INDEX record_sort_keys_txt_idx ON record_sort_keys (tenant_id, form_id, field, txt, record_id) WHERE txt IS NOT NULL;

-- The keys of one record's data: what the trigger writes and the backfill below copies.
CREATE FUNCTION record_sort_keys_of(data jsonb)
RETURNS TABLE (field text, num double precision, txt text) LANGUAGE sql IMMUTABLE AS $$
  SELECT e.key,
    CASE WHEN jsonb_typeof(e.value) = 'number' THEN (e.value #>> '{}')::float8 END,
    CASE WHEN jsonb_typeof(e.value) IN ('string', 'boolean') THEN left(e.value #>> '{}', 256) END
  FROM jsonb_each(data) AS e
  WHERE jsonb_typeof(e.value) IN ('number', 'string', 'boolean')
$$;

-- A trigger rather than calls in the store: every write of `records` (create, update, soft
-- delete, and any later path such as imports or approval write-backs) keeps its keys in the
-- same transaction, and none can forget to. A soft-deleted record has no keys (lists skip it);
-- a hard delete removes them by the foreign key.
CREATE FUNCTION record_sort_keys_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW.data = OLD.data AND NEW.form_id = OLD.form_id AND (NEW.deleted_at IS NULL) = (OLD.deleted_at IS NULL) THEN
      RETURN NULL;
    END IF;
    DELETE FROM record_sort_keys WHERE tenant_id = OLD.tenant_id AND record_id = OLD.id;
  END IF;
  IF NEW.deleted_at IS NULL THEN
    INSERT INTO record_sort_keys (tenant_id, form_id, record_id, field, num, txt)
      SELECT NEW.tenant_id, NEW.form_id, NEW.id, k.field, k.num, k.txt FROM record_sort_keys_of(NEW.data) AS k;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER records_sort_keys AFTER INSERT OR UPDATE OF data, form_id, deleted_at ON records
  FOR EACH ROW EXECUTE FUNCTION record_sort_keys_sync();

-- Backfill the records written before this migration. The owner is subject to row-level
-- security while it is forced (when it is not a superuser), which would hide every record:
-- lift it for this transaction only; no other session sees the gap.
ALTER TABLE records NO FORCE ROW LEVEL SECURITY;
INSERT INTO record_sort_keys (tenant_id, form_id, record_id, field, num, txt)
  SELECT r.tenant_id, r.form_id, r.id, k.field, k.num, k.txt
  FROM records AS r, record_sort_keys_of(r.data) AS k
  WHERE r.deleted_at IS NULL;
ALTER TABLE records FORCE ROW LEVEL SECURITY;

ALTER TABLE record_sort_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE record_sort_keys FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON record_sort_keys
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
