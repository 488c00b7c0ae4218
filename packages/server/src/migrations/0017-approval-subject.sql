-- What an approval is about, as people read it: the record's name (its label field, e.g. the
-- customer an application is for) when it was submitted. Notices and lists name it without
-- reading the record; null for a record with no name, and for approvals started before.
ALTER TABLE approval_instances ADD COLUMN subject text;
