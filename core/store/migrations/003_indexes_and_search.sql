-- Kolokasi schema version 3: indexes for every foreign key a list or lookup filters on, and
-- the register's search text (the search machinery itself is per engine, in the dialect files).
-- Without these, the register read every IP address row once per line (quadratic) and the
-- approval read every placement once per server.

CREATE INDEX ip_addresses_placement ON ip_addresses(placement_id, id);
CREATE INDEX placements_server ON placements(server_id);
CREATE INDEX placements_noc ON placements(noc_id);
CREATE INDEX assets_request ON assets(request_id);
CREATE INDEX assets_officer ON assets(officer_id);
CREATE INDEX assets_withdrawal_request ON assets(withdrawal_request_id);
CREATE INDEX assets_valid_until ON assets(valid_until);
CREATE INDEX assets_last_reviewed ON assets(last_reviewed_on);
CREATE INDEX assets_installed ON assets(installed_on);
CREATE INDEX withdrawals_asset ON withdrawals(asset_id);
CREATE INDEX review_items_asset ON review_items(asset_id);
CREATE INDEX documents_request ON documents(request_id);
CREATE INDEX requests_received ON requests(received_at);
