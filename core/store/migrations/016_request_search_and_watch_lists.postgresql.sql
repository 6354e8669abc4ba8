-- PostgreSQL: the request search is a table of one searchable text per request, kept in step by
-- triggers, with a pg_trgm GIN index (migration 003 created the extension where it could) so
-- ILIKE '%x%' is answered from the index. Without pg_trgm the search still works, scanning.

CREATE VIEW request_search_source AS
SELECT r.id AS request_id,
       COALESCE(r.letter_number, '') || ' ' || COALESCE(u.name, '') || ' '
       || COALESCE(u.short_name, '') || ' ' || COALESCE(r.subject, '') || ' '
       || COALESCE(a.domain, '') AS body
FROM requests r
JOIN units u ON u.id = r.unit_id
LEFT JOIN applications a ON a.request_id = r.id;

CREATE TABLE request_search (
    request_id BIGINT PRIMARY KEY REFERENCES requests(id) ON DELETE CASCADE,
    body       TEXT NOT NULL
);

INSERT INTO request_search (request_id, body) SELECT request_id, body FROM request_search_source;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        EXECUTE 'CREATE INDEX request_search_body ON request_search USING gin (body gin_trgm_ops)';
    ELSE
        RAISE WARNING 'Kolokasi: the pg_trgm extension is unavailable; the request search works without its index and is slower on many requests. To add it, the database owner runs: CREATE EXTENSION pg_trgm; CREATE INDEX request_search_body ON request_search USING gin (body gin_trgm_ops);';
    END IF;
END;
$$;

CREATE FUNCTION kolokasi_request_search_refresh(ids BIGINT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF cardinality(ids) = 0 THEN
        RETURN;
    END IF;
    DELETE FROM request_search WHERE request_id = ANY(ids);
    INSERT INTO request_search (request_id, body) SELECT request_id, body FROM request_search_source WHERE request_id = ANY(ids);
END;
$$;

CREATE FUNCTION kolokasi_request_search_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'requests' THEN
        PERFORM kolokasi_request_search_refresh(ARRAY[NEW.id]);
    ELSIF TG_TABLE_NAME = 'applications' THEN
        IF TG_OP = 'DELETE' THEN
            PERFORM kolokasi_request_search_refresh(ARRAY[OLD.request_id]);
            RETURN NULL;
        END IF;
        PERFORM kolokasi_request_search_refresh(ARRAY[NEW.request_id]);
    ELSIF TG_TABLE_NAME = 'units' THEN
        PERFORM kolokasi_request_search_refresh(ARRAY(SELECT id FROM requests WHERE unit_id = NEW.id));
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER request_search_requests AFTER INSERT OR UPDATE OF letter_number, subject, unit_id ON requests
    FOR EACH ROW EXECUTE FUNCTION kolokasi_request_search_touch();
CREATE TRIGGER request_search_applications AFTER INSERT OR UPDATE OF domain OR DELETE ON applications
    FOR EACH ROW EXECUTE FUNCTION kolokasi_request_search_touch();
CREATE TRIGGER request_search_units AFTER UPDATE OF name, short_name ON units
    FOR EACH ROW EXECUTE FUNCTION kolokasi_request_search_touch();
