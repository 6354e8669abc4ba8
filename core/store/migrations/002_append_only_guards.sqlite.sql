-- SQLite only: an insert that names the id of an existing row is an overwrite (REPLACE, or an
-- upsert): refused before the conflict resolution can delete the old row.
CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER request_events_no_replace BEFORE INSERT ON request_events
WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM request_events WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'request_events is append-only');
END;
