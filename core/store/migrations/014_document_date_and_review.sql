-- Kolokasi schema version 14: a document is dated with the day it is issued (the day it is
-- signed), and its number carries that day's year. dated_on keeps that day (YYYY-MM-DD) so a
-- reprint prints the same date line as the first print; older rows fall back to issued_at.
-- A review report's number belongs to its review, like a request's documents: one per review.

ALTER TABLE documents ADD COLUMN dated_on TEXT;
CREATE UNIQUE INDEX documents_per_review ON documents(doc_type, review_id) WHERE review_id IS NOT NULL;
