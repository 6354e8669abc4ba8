-- PostgreSQL only: two transactions (READ COMMITTED) could both find the units free and both
-- insert. The trigger takes a lock per rack first, so the second waits for the first to
-- commit, then its check (a new snapshot) sees the first's block. An exclusion constraint
-- would need the btree_gist extension, which a hosted server may not offer.
CREATE FUNCTION kolokasi_placement_units_free() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.rack_id IS NULL OR NEW.status = 'released' OR NEW.height_u <= 0 THEN
        RETURN NEW;
    END IF;
    PERFORM pg_advisory_xact_lock(4711004, NEW.rack_id::integer);
    IF EXISTS (SELECT 1 FROM placements p WHERE p.rack_id = NEW.rack_id AND p.id <> NEW.id
               AND p.status IN ('reserved', 'active') AND p.height_u > 0
               AND p.first_u < NEW.first_u + NEW.height_u AND NEW.first_u < p.first_u + p.height_u) THEN
        RAISE EXCEPTION 'placements: rack units are taken' USING ERRCODE = '23P01';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER placements_units_free BEFORE INSERT OR UPDATE OF rack_id, first_u, height_u
    ON placements FOR EACH ROW EXECUTE FUNCTION kolokasi_placement_units_free();
