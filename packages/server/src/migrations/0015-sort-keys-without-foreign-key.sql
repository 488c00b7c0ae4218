-- Sort keys are kept by the trigger on `records` alone: it now also removes them when a record
-- row is deleted, which the foreign key's cascade did. The key rows are derived from the record
-- in its own statement, so the foreign key checked nothing the trigger does not guarantee, and
-- it cost a lookup of the record per key row (four or more per record write) on the hot path.
ALTER TABLE record_sort_keys DROP CONSTRAINT record_sort_keys_tenant_id_record_id_fkey;

CREATE OR REPLACE FUNCTION record_sort_keys_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM record_sort_keys WHERE tenant_id = OLD.tenant_id AND record_id = OLD.id;
    RETURN NULL;
  END IF;
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

CREATE TRIGGER records_sort_keys_deleted AFTER DELETE ON records
  FOR EACH ROW EXECUTE FUNCTION record_sort_keys_sync();
