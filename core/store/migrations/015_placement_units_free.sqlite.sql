-- SQLite only: BEGIN IMMEDIATE already lets one writer at a time check and place; these
-- triggers refuse an overlapping live block whoever writes it.
CREATE TRIGGER placements_units_free BEFORE INSERT ON placements
WHEN NEW.rack_id IS NOT NULL AND NEW.status <> 'released' AND NEW.height_u > 0
    AND EXISTS (SELECT 1 FROM placements p WHERE p.rack_id = NEW.rack_id
                AND p.status IN ('reserved', 'active') AND p.height_u > 0
                AND p.first_u < NEW.first_u + NEW.height_u AND NEW.first_u < p.first_u + p.height_u)
BEGIN
    SELECT RAISE(ABORT, 'placements: rack units are taken');
END;

CREATE TRIGGER placements_units_free_on_move BEFORE UPDATE OF rack_id, first_u, height_u ON placements
WHEN NEW.rack_id IS NOT NULL AND NEW.status <> 'released' AND NEW.height_u > 0
    AND EXISTS (SELECT 1 FROM placements p WHERE p.rack_id = NEW.rack_id AND p.id <> NEW.id
                AND p.status IN ('reserved', 'active') AND p.height_u > 0
                AND p.first_u < NEW.first_u + NEW.height_u AND NEW.first_u < p.first_u + p.height_u)
BEGIN
    SELECT RAISE(ABORT, 'placements: rack units are taken');
END;
