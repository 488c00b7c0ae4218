-- A rule's task keeps the action that made it, so a rule with two task actions keeps two open
-- tasks, and an action that fires again while its task is open updates that task instead of
-- making another. Tasks made before this have no action.
ALTER TABLE tasks ADD COLUMN action_id text;
