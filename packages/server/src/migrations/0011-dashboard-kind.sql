-- Dashboards are definitions too (drafts and immutable published versions, like the other kinds):
-- the kind column's check gains 'dashboard'.
ALTER TABLE definitions DROP CONSTRAINT definitions_kind_check;
ALTER TABLE definitions ADD CONSTRAINT definitions_kind_check CHECK (kind IN ('form', 'scorecard', 'ruleset', 'flow', 'dashboard'));
