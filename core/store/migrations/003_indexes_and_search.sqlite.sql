-- SQLite: the register search is an FTS5 table with the trigram tokenizer (any substring of
-- three characters or more is found through the index, case ignored), one row per asset,
-- kept in step by triggers on every table its text comes from.

-- Every text column a register line shows, as one searchable text per asset.
CREATE VIEW asset_search_source AS
SELECT a.id AS asset_id,
       a.register_number || ' ' || COALESCE(s.name, '') || ' ' || COALESCE(u.name, '') || ' '
       || COALESCE(u.short_name, '') || ' ' || COALESCE(o.name, '') || ' ' || COALESCE(o.nip, '') || ' '
       || COALESCE(p.domain, '') || ' ' || COALESCE(p.serial_number, '') || ' ' || COALESCE(p.type_brand, '') || ' '
       || COALESCE(p.location_note, '') || ' ' || COALESCE(n.name, '') || ' ' || COALESCE(r.name, '') || ' '
       || COALESCE((SELECT group_concat(i.address, ' ') FROM ip_addresses i WHERE i.placement_id = p.id), '') || ' '
       -- the delivered spec when there is one, else the requested one (as the register shows)
       || COALESCE((SELECT COALESCE(x.processor, '') || ' ' || COALESCE(x.ram, '') || ' '
                           || COALESCE(x.motherboard, '') || ' ' || COALESCE(x.storage, '') || ' '
                           || COALESCE(x.psu, '')
                    FROM server_specs x WHERE x.server_id = s.id
                    ORDER BY x.kind = 'delivered' DESC LIMIT 1), '') || ' '
       || COALESCE(a.note, '') AS body
FROM assets a
JOIN units u ON u.id = a.unit_id
LEFT JOIN officers o ON o.id = a.officer_id
JOIN placements p ON p.id = a.placement_id
JOIN servers s ON s.id = p.server_id
LEFT JOIN nocs n ON n.id = p.noc_id
LEFT JOIN racks r ON r.id = p.rack_id;

CREATE VIRTUAL TABLE asset_search USING fts5(body, tokenize = 'trigram');

INSERT INTO asset_search (rowid, body) SELECT asset_id, body FROM asset_search_source;

CREATE TRIGGER asset_search_asset_insert AFTER INSERT ON assets
BEGIN
    INSERT INTO asset_search (rowid, body) SELECT asset_id, body FROM asset_search_source WHERE asset_id = NEW.id;
END;

CREATE TRIGGER asset_search_asset_update AFTER UPDATE ON assets
BEGIN
    DELETE FROM asset_search WHERE rowid = OLD.id;
    INSERT INTO asset_search (rowid, body) SELECT asset_id, body FROM asset_search_source WHERE asset_id = NEW.id;
END;

CREATE TRIGGER asset_search_asset_delete AFTER DELETE ON assets
BEGIN
    DELETE FROM asset_search WHERE rowid = OLD.id;
END;

CREATE TRIGGER asset_search_placement_update AFTER UPDATE ON placements
BEGIN
    DELETE FROM asset_search WHERE rowid IN (SELECT id FROM assets WHERE placement_id = NEW.id);
    INSERT INTO asset_search (rowid, body) SELECT asset_id, body FROM asset_search_source
        WHERE asset_id IN (SELECT id FROM assets WHERE placement_id = NEW.id);
END;

CREATE TRIGGER asset_search_address_insert AFTER INSERT ON ip_addresses
BEGIN
    DELETE FROM asset_search WHERE rowid IN (SELECT id FROM assets WHERE placement_id = NEW.placement_id);
    INSERT INTO asset_search (rowid, body) SELECT asset_id, body FROM asset_search_source
        WHERE asset_id IN (SELECT id FROM assets WHERE placement_id = NEW.placement_id);
END;

CREATE TRIGGER asset_search_address_update AFTER UPDATE OF address, placement_id ON ip_addresses
BEGIN
    DELETE FROM asset_search WHERE rowid IN (SELECT id FROM assets WHERE placement_id IN (OLD.placement_id, NEW.placement_id));
    INSERT INTO asset_search (rowid, body) SELECT asset_id, body FROM asset_search_source
        WHERE asset_id IN (SELECT id FROM assets WHERE placement_id IN (OLD.placement_id, NEW.placement_id));
END;

CREATE TRIGGER asset_search_server_update AFTER UPDATE OF name ON servers
BEGIN
    DELETE FROM asset_search WHERE rowid IN (SELECT id FROM assets WHERE placement_id IN (SELECT id FROM placements WHERE server_id = NEW.id));
    INSERT INTO asset_search (rowid, body) SELECT asset_id, body FROM asset_search_source
        WHERE asset_id IN (SELECT id FROM assets WHERE placement_id IN (SELECT id FROM placements WHERE server_id = NEW.id));
END;

CREATE TRIGGER asset_search_spec_insert AFTER INSERT ON server_specs
BEGIN
    DELETE FROM asset_search WHERE rowid IN (SELECT id FROM assets WHERE placement_id IN (SELECT id FROM placements WHERE server_id = NEW.server_id));
    INSERT INTO asset_search (rowid, body) SELECT asset_id, body FROM asset_search_source
        WHERE asset_id IN (SELECT id FROM assets WHERE placement_id IN (SELECT id FROM placements WHERE server_id = NEW.server_id));
END;

CREATE TRIGGER asset_search_spec_update AFTER UPDATE ON server_specs
BEGIN
    DELETE FROM asset_search WHERE rowid IN (SELECT id FROM assets WHERE placement_id IN (SELECT id FROM placements WHERE server_id = NEW.server_id));
    INSERT INTO asset_search (rowid, body) SELECT asset_id, body FROM asset_search_source
        WHERE asset_id IN (SELECT id FROM assets WHERE placement_id IN (SELECT id FROM placements WHERE server_id = NEW.server_id));
END;

CREATE TRIGGER asset_search_unit_update AFTER UPDATE OF name, short_name ON units
BEGIN
    DELETE FROM asset_search WHERE rowid IN (SELECT id FROM assets WHERE unit_id = NEW.id);
    INSERT INTO asset_search (rowid, body) SELECT asset_id, body FROM asset_search_source
        WHERE asset_id IN (SELECT id FROM assets WHERE unit_id = NEW.id);
END;

CREATE TRIGGER asset_search_officer_update AFTER UPDATE OF name, nip ON officers
BEGIN
    DELETE FROM asset_search WHERE rowid IN (SELECT id FROM assets WHERE officer_id = NEW.id);
    INSERT INTO asset_search (rowid, body) SELECT asset_id, body FROM asset_search_source
        WHERE asset_id IN (SELECT id FROM assets WHERE officer_id = NEW.id);
END;

CREATE TRIGGER asset_search_noc_update AFTER UPDATE OF name ON nocs
BEGIN
    DELETE FROM asset_search WHERE rowid IN (SELECT id FROM assets WHERE placement_id IN (SELECT id FROM placements WHERE noc_id = NEW.id));
    INSERT INTO asset_search (rowid, body) SELECT asset_id, body FROM asset_search_source
        WHERE asset_id IN (SELECT id FROM assets WHERE placement_id IN (SELECT id FROM placements WHERE noc_id = NEW.id));
END;

CREATE TRIGGER asset_search_rack_update AFTER UPDATE OF name ON racks
BEGIN
    DELETE FROM asset_search WHERE rowid IN (SELECT id FROM assets WHERE placement_id IN (SELECT id FROM placements WHERE rack_id = NEW.id));
    INSERT INTO asset_search (rowid, body) SELECT asset_id, body FROM asset_search_source
        WHERE asset_id IN (SELECT id FROM assets WHERE placement_id IN (SELECT id FROM placements WHERE rack_id = NEW.id));
END;
