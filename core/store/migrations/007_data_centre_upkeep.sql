-- Kolokasi schema version 7: the data centre is kept up in the window (Pusat Data).
-- A rack has a place in the room (row / position); a pool its gateway and a note.
-- NOCs, racks, facility resources and pools are retired, never deleted: old requests, the
-- register and reprinted documents still name them. retired_at is the instant (ISO text,
-- UTC) the record left service; NULL while it is in service.
ALTER TABLE nocs ADD COLUMN retired_at TEXT;
ALTER TABLE racks ADD COLUMN position TEXT;
ALTER TABLE racks ADD COLUMN retired_at TEXT;
ALTER TABLE facility_resources ADD COLUMN retired_at TEXT;
ALTER TABLE ip_pools ADD COLUMN gateway TEXT;
ALTER TABLE ip_pools ADD COLUMN note TEXT;
ALTER TABLE ip_pools ADD COLUMN retired_at TEXT;
