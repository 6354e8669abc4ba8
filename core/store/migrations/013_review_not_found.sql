-- Kolokasi schema version 13: a review finding can be "tidak ditemukan" (the server was not
-- found where the register puts it), counted apart from "tidak sesuai" in the review report.
-- A row with not_found = 1 always has matches = 0.

ALTER TABLE review_items ADD COLUMN not_found INTEGER NOT NULL DEFAULT 0 CHECK (not_found IN (0, 1));
