-- PostgreSQL: the register search is a table of one searchable text per asset, kept in step by
-- triggers, with a pg_trgm GIN index so ILIKE '%x%' is answered from the index.
-- pg_trgm is a trusted extension: a database owner who is not superuser may create it. Where it
-- cannot be created (not installed, no CREATE right), the migration still succeeds: the search
-- works without the index (sequential scan) and the server log says why.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
    RAISE WARNING 'Kolokasi: the pg_trgm extension is unavailable (%); the register search works without its index and is slower on large registers. Ask the server administrator to install postgresql-contrib and run CREATE EXTENSION pg_trgm.', SQLERRM;
END;
$$;

-- Every text column a register line shows, as one searchable text per asset.
CREATE VIEW asset_search_source AS
SELECT a.id AS asset_id,
       a.register_number || ' ' || COALESCE(s.name, '') || ' ' || COALESCE(u.name, '') || ' '
       || COALESCE(u.short_name, '') || ' ' || COALESCE(o.name, '') || ' ' || COALESCE(o.nip, '') || ' '
       || COALESCE(p.domain, '') || ' ' || COALESCE(p.serial_number, '') || ' ' || COALESCE(p.type_brand, '') || ' '
       || COALESCE(p.location_note, '') || ' ' || COALESCE(n.name, '') || ' ' || COALESCE(r.name, '') || ' '
       || COALESCE((SELECT string_agg(i.address, ' ') FROM ip_addresses i WHERE i.placement_id = p.id), '') || ' '
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

CREATE TABLE asset_search (
    asset_id BIGINT PRIMARY KEY REFERENCES assets(id) ON DELETE CASCADE,
    body     TEXT NOT NULL
);

INSERT INTO asset_search (asset_id, body) SELECT asset_id, body FROM asset_search_source;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        EXECUTE 'CREATE INDEX asset_search_body ON asset_search USING gin (body gin_trgm_ops)';
    END IF;
END;
$$;

CREATE FUNCTION kolokasi_asset_search_refresh(ids BIGINT[]) RETURNS void LANGUAGE sql AS $$
    DELETE FROM asset_search WHERE asset_id = ANY(ids);
    INSERT INTO asset_search (asset_id, body) SELECT asset_id, body FROM asset_search_source WHERE asset_id = ANY(ids);
$$;

-- One trigger function for every table the text comes from: it finds the assets a changed row
-- shows up in and writes their text again.
CREATE FUNCTION kolokasi_asset_search_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'assets' THEN
        PERFORM kolokasi_asset_search_refresh(ARRAY[NEW.id]);
    ELSIF TG_TABLE_NAME = 'placements' THEN
        PERFORM kolokasi_asset_search_refresh(ARRAY(SELECT id FROM assets WHERE placement_id = NEW.id));
    ELSIF TG_TABLE_NAME = 'ip_addresses' THEN
        PERFORM kolokasi_asset_search_refresh(ARRAY(SELECT id FROM assets WHERE placement_id = NEW.placement_id));
    ELSIF TG_TABLE_NAME = 'servers' THEN
        PERFORM kolokasi_asset_search_refresh(ARRAY(SELECT id FROM assets WHERE placement_id IN (SELECT id FROM placements WHERE server_id = NEW.id)));
    ELSIF TG_TABLE_NAME = 'server_specs' THEN
        PERFORM kolokasi_asset_search_refresh(ARRAY(SELECT id FROM assets WHERE placement_id IN (SELECT id FROM placements WHERE server_id = NEW.server_id)));
    ELSIF TG_TABLE_NAME = 'units' THEN
        PERFORM kolokasi_asset_search_refresh(ARRAY(SELECT id FROM assets WHERE unit_id = NEW.id));
    ELSIF TG_TABLE_NAME = 'officers' THEN
        PERFORM kolokasi_asset_search_refresh(ARRAY(SELECT id FROM assets WHERE officer_id = NEW.id));
    ELSIF TG_TABLE_NAME = 'nocs' THEN
        PERFORM kolokasi_asset_search_refresh(ARRAY(SELECT id FROM assets WHERE placement_id IN (SELECT id FROM placements WHERE noc_id = NEW.id)));
    ELSIF TG_TABLE_NAME = 'racks' THEN
        PERFORM kolokasi_asset_search_refresh(ARRAY(SELECT id FROM assets WHERE placement_id IN (SELECT id FROM placements WHERE rack_id = NEW.id)));
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER asset_search_assets AFTER INSERT OR UPDATE ON assets
    FOR EACH ROW EXECUTE FUNCTION kolokasi_asset_search_touch();
CREATE TRIGGER asset_search_placements AFTER UPDATE ON placements
    FOR EACH ROW EXECUTE FUNCTION kolokasi_asset_search_touch();
CREATE TRIGGER asset_search_ip_addresses AFTER INSERT OR UPDATE OF address ON ip_addresses
    FOR EACH ROW EXECUTE FUNCTION kolokasi_asset_search_touch();
CREATE TRIGGER asset_search_servers AFTER UPDATE OF name ON servers
    FOR EACH ROW EXECUTE FUNCTION kolokasi_asset_search_touch();
CREATE TRIGGER asset_search_server_specs AFTER INSERT OR UPDATE ON server_specs
    FOR EACH ROW EXECUTE FUNCTION kolokasi_asset_search_touch();
CREATE TRIGGER asset_search_units AFTER UPDATE OF name, short_name ON units
    FOR EACH ROW EXECUTE FUNCTION kolokasi_asset_search_touch();
CREATE TRIGGER asset_search_officers AFTER UPDATE OF name, nip ON officers
    FOR EACH ROW EXECUTE FUNCTION kolokasi_asset_search_touch();
CREATE TRIGGER asset_search_nocs AFTER UPDATE OF name ON nocs
    FOR EACH ROW EXECUTE FUNCTION kolokasi_asset_search_touch();
CREATE TRIGGER asset_search_racks AFTER UPDATE OF name ON racks
    FOR EACH ROW EXECUTE FUNCTION kolokasi_asset_search_touch();
