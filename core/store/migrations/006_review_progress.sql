-- Kolokasi schema version 6: the yearly review (peninjauan) as a process that is saved as it
-- goes and resumed by another admin: when it started and finished, and who marked each asset.
-- An unfinished review has finished_at NULL; review_items rows exist only for marked assets.

ALTER TABLE reviews ADD COLUMN started_at TEXT;
ALTER TABLE reviews ADD COLUMN finished_at TEXT;
ALTER TABLE reviews ADD COLUMN finished_by TEXT;
ALTER TABLE review_items ADD COLUMN marked_by TEXT;
ALTER TABLE review_items ADD COLUMN marked_at TEXT;
CREATE INDEX reviews_unfinished ON reviews(finished_at);
