-- Only finite numbers are values. A correction of Inf was stored before
-- the forms refused it, and then every API answer holding it failed
-- (JSON has no Inf); NaN is stored by SQLite as NULL, which value's NOT
-- NULL already refuses. 9e999 reads as +Inf in SQLite.
--
-- Repair: a figure whose value is infinite gets back the value it had
-- before its latest finite-valued change (from the audit trail) and goes
-- back to the review queue; one with no such value (added by a person as
-- Inf) is rejected, which takes it out of every view and export.
UPDATE figures SET value = (
        SELECT json_extract(a.before, '$.value') FROM figure_audit a
        WHERE a.figure_id = figures.id AND a.before IS NOT NULL AND abs(json_extract(a.before, '$.value')) < 9e999
        ORDER BY a.id DESC LIMIT 1),
    review_status = 'unreviewed'
WHERE abs(value) >= 9e999 AND EXISTS (
        SELECT 1 FROM figure_audit a
        WHERE a.figure_id = figures.id AND a.before IS NOT NULL AND abs(json_extract(a.before, '$.value')) < 9e999);
UPDATE figures SET value = 0, review_status = 'rejected' WHERE abs(value) >= 9e999;

-- And from now on SQLite itself refuses one, whichever code writes it.
CREATE TRIGGER figures_finite_insert BEFORE INSERT ON figures WHEN abs(NEW.value) >= 9e999
BEGIN SELECT RAISE(ABORT, 'value must be a finite number'); END;
CREATE TRIGGER figures_finite_update BEFORE UPDATE OF value ON figures WHEN abs(NEW.value) >= 9e999
BEGIN SELECT RAISE(ABORT, 'value must be a finite number'); END;
