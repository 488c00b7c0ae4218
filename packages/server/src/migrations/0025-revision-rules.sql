-- The rules whose set_field wrote a revision ([{ "ruleSet": …, "rule": … }]): its history says a
-- rule changed the record, not the person whose write set the rule off. NULL for a revision a
-- person, an approval or a job wrote.
ALTER TABLE record_revisions ADD COLUMN changed_via jsonb CHECK (changed_via IS NULL OR jsonb_typeof(changed_via) = 'array');
