-- Why each figure was read as it was (targets.Reading as JSON: the part of
-- the report, what decided its time, kind, subject and bound), shown on the
-- figure's page. Empty for figures read before it was kept.
ALTER TABLE figures ADD COLUMN reading TEXT NOT NULL DEFAULT '';
