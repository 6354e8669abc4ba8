-- SQLite: the request search is an FTS5 table with the trigram tokenizer, like the register's
-- (any substring of three characters or more is found through the index, case ignored): one row
-- per request with every text the request list searches, kept in step by triggers.

CREATE VIEW request_search_source AS
SELECT r.id AS request_id,
       COALESCE(r.letter_number, '') || ' ' || COALESCE(u.name, '') || ' '
       || COALESCE(u.short_name, '') || ' ' || COALESCE(r.subject, '') || ' '
       || COALESCE(a.domain, '') AS body
FROM requests r
JOIN units u ON u.id = r.unit_id
LEFT JOIN applications a ON a.request_id = r.id;

CREATE VIRTUAL TABLE request_search USING fts5(body, tokenize = 'trigram');

INSERT INTO request_search (rowid, body) SELECT request_id, body FROM request_search_source;

CREATE TRIGGER request_search_request_insert AFTER INSERT ON requests
BEGIN
    INSERT INTO request_search (rowid, body) SELECT request_id, body FROM request_search_source WHERE request_id = NEW.id;
END;

CREATE TRIGGER request_search_request_update AFTER UPDATE OF letter_number, subject, unit_id ON requests
BEGIN
    DELETE FROM request_search WHERE rowid = OLD.id;
    INSERT INTO request_search (rowid, body) SELECT request_id, body FROM request_search_source WHERE request_id = NEW.id;
END;

CREATE TRIGGER request_search_request_delete AFTER DELETE ON requests
BEGIN
    DELETE FROM request_search WHERE rowid = OLD.id;
END;

CREATE TRIGGER request_search_application_insert AFTER INSERT ON applications
BEGIN
    DELETE FROM request_search WHERE rowid = NEW.request_id;
    INSERT INTO request_search (rowid, body) SELECT request_id, body FROM request_search_source WHERE request_id = NEW.request_id;
END;

CREATE TRIGGER request_search_application_update AFTER UPDATE OF domain ON applications
BEGIN
    DELETE FROM request_search WHERE rowid = NEW.request_id;
    INSERT INTO request_search (rowid, body) SELECT request_id, body FROM request_search_source WHERE request_id = NEW.request_id;
END;

CREATE TRIGGER request_search_application_delete AFTER DELETE ON applications
BEGIN
    DELETE FROM request_search WHERE rowid = OLD.request_id;
    INSERT INTO request_search (rowid, body) SELECT request_id, body FROM request_search_source WHERE request_id = OLD.request_id;
END;

CREATE TRIGGER request_search_unit_update AFTER UPDATE OF name, short_name ON units
BEGIN
    DELETE FROM request_search WHERE rowid IN (SELECT id FROM requests WHERE unit_id = NEW.id);
    INSERT INTO request_search (rowid, body) SELECT request_id, body FROM request_search_source
        WHERE request_id IN (SELECT id FROM requests WHERE unit_id = NEW.id);
END;
