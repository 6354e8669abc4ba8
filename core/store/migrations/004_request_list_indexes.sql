-- The request list (RequestSummaryRepository): its default order, its filters and the
-- dashboard's open requests by step, without scanning every request.
-- requests_received comes with 003 (performance branch); kept here for databases without it.
CREATE INDEX IF NOT EXISTS requests_received ON requests(received_at);
CREATE INDEX requests_status_step ON requests(status, step);
CREATE INDEX requests_service_type ON requests(service_type, received_at);
CREATE INDEX requests_letter_date ON requests(letter_date);
