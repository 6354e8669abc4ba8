-- Kolokasi schema version 1: the whole domain of DOMAIN.md.
-- Shipped migrations are never edited: a change is a new numbered file.
-- Portable SQL for SQLite and PostgreSQL. {{PK}} becomes the dialect's auto-increment primary
-- key. Dates are ISO text ('2026-11-25'), instants ISO text in UTC ('2026-11-25T03:30:00Z'):
-- both engines compare them correctly as text and Qt reads them back the same way.
-- Booleans are INTEGER 0/1 for the same reason. Every editable row has row_version for
-- optimistic locking.

-- Agency profile, letterhead, numbering patterns, office hours: key/value settings.
CREATE TABLE settings (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

-- The agency's own signatories by role (kepala_dinas, kepala_bidang, ...).
CREATE TABLE signatories (
    id          {{PK}},
    role        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    nip         TEXT,
    position    TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

-- Requesting government units (OPD / SKPD).
CREATE TABLE units (
    id          {{PK}},
    name        TEXT NOT NULL UNIQUE,
    short_name  TEXT,
    address     TEXT,
    phone       TEXT,
    email       TEXT,
    created_at  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

-- Named people (penanggung jawab) with their NIP.
CREATE TABLE officers (
    id          {{PK}},
    unit_id     BIGINT NOT NULL REFERENCES units(id),
    name        TEXT NOT NULL,
    nip         TEXT UNIQUE,
    position    TEXT,
    phone       TEXT,
    email       TEXT,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX officers_unit ON officers(unit_id);

-- Server rooms (NOC) and their racks.
CREATE TABLE nocs (
    id          {{PK}},
    name        TEXT NOT NULL UNIQUE,
    location    TEXT,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE racks (
    id             {{PK}},
    noc_id         BIGINT NOT NULL REFERENCES nocs(id),
    name           TEXT NOT NULL,
    height_u       INTEGER NOT NULL DEFAULT 42 CHECK (height_u BETWEEN 1 AND 60),
    power_budget_w INTEGER NOT NULL DEFAULT 0 CHECK (power_budget_w >= 0),
    row_version    INTEGER NOT NULL DEFAULT 1,
    UNIQUE (noc_id, name)
);

-- Facility-wide budgets: UPS and genset capacity (W), total bandwidth (Mbps).
CREATE TABLE facility_resources (
    id          {{PK}},
    kind        TEXT NOT NULL CHECK (kind IN ('ups', 'genset', 'bandwidth')),
    name        TEXT NOT NULL,
    capacity    DOUBLE PRECISION NOT NULL CHECK (capacity >= 0),
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (kind, name)
);

-- Address pools; public pools are the ones a request's public IPs come from.
CREATE TABLE ip_pools (
    id          {{PK}},
    name        TEXT NOT NULL,
    cidr        TEXT NOT NULL UNIQUE,
    is_public   INTEGER NOT NULL DEFAULT 1 CHECK (is_public IN (0, 1)),
    row_version INTEGER NOT NULL DEFAULT 1
);

-- One case (permohonan): a placement request, or a withdrawal (pencabutan) of an asset.
CREATE TABLE requests (
    id                   {{PK}},
    kind                 TEXT NOT NULL DEFAULT 'placement' CHECK (kind IN ('placement', 'withdrawal')),
    service_type         TEXT NOT NULL CHECK (service_type IN ('colocation', 'hosting')),
    unit_id              BIGINT NOT NULL REFERENCES units(id),
    letter_number        TEXT,
    letter_date          TEXT,
    subject              TEXT NOT NULL,
    received_at          TEXT NOT NULL,
    step                 INTEGER NOT NULL DEFAULT 1 CHECK (step BETWEEN 1 AND 9),
    status               TEXT NOT NULL DEFAULT 'open'
                         CHECK (status IN ('open', 'completed', 'closed_no_capacity',
                                           'closed_rejected', 'closed_cancelled')),
    needed_rack_units    INTEGER NOT NULL DEFAULT 0 CHECK (needed_rack_units >= 0),
    needed_power_w       INTEGER NOT NULL DEFAULT 0 CHECK (needed_power_w >= 0),
    needed_bandwidth_mbps INTEGER NOT NULL DEFAULT 0 CHECK (needed_bandwidth_mbps >= 0),
    needed_public_ips    INTEGER NOT NULL DEFAULT 0 CHECK (needed_public_ips >= 0),
    closed_at            TEXT,
    close_reason         TEXT,
    created_by           TEXT NOT NULL,
    row_version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX requests_unit ON requests(unit_id);
CREATE INDEX requests_status ON requests(status);

-- Step 2: disposition.
CREATE TABLE dispositions (
    request_id  BIGINT PRIMARY KEY REFERENCES requests(id),
    disposed_on TEXT NOT NULL,
    to_whom     TEXT NOT NULL,
    note        TEXT,
    row_version INTEGER NOT NULL DEFAULT 1
);

-- Step 3: capacity check and its per-resource lines (the capacity report).
CREATE TABLE capacity_checks (
    request_id  BIGINT PRIMARY KEY REFERENCES requests(id),
    checked_at  TEXT NOT NULL,
    checked_by  TEXT NOT NULL,
    available   INTEGER NOT NULL CHECK (available IN (0, 1)),
    note        TEXT,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE capacity_check_items (
    id          {{PK}},
    request_id  BIGINT NOT NULL REFERENCES capacity_checks(request_id),
    resource    TEXT NOT NULL CHECK (resource IN ('server', 'power', 'ups', 'genset',
                                                  'bandwidth', 'space', 'public_ip')),
    needed      DOUBLE PRECISION NOT NULL DEFAULT 0,
    free        DOUBLE PRECISION NOT NULL DEFAULT 0,
    available   INTEGER NOT NULL CHECK (available IN (0, 1)),
    note        TEXT,
    UNIQUE (request_id, resource)
);

-- Step 4: the PENGAJUAN form.
CREATE TABLE applications (
    request_id         BIGINT PRIMARY KEY REFERENCES requests(id),
    officer_id         BIGINT NOT NULL REFERENCES officers(id),
    unit_address       TEXT NOT NULL,
    contact_phone      TEXT NOT NULL,
    domain             TEXT NOT NULL,
    domain_active_date TEXT,
    permanent          INTEGER NOT NULL CHECK (permanent IN (0, 1)),
    valid_until        TEXT,
    filled_at          TEXT NOT NULL,
    row_version        INTEGER NOT NULL DEFAULT 1,
    CHECK (permanent = 1 OR valid_until IS NOT NULL)
);

-- Step 5: the PERSETUJUAN form (the per-server blocks live in placements).
CREATE TABLE approvals (
    request_id  BIGINT PRIMARY KEY REFERENCES requests(id),
    approved    INTEGER NOT NULL CHECK (approved IN (0, 1)),
    location    TEXT,
    reasons     TEXT NOT NULL,
    decided_by  TEXT NOT NULL,
    decided_at  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

-- Steps 6, 7 and 9: notification, delivery, completion report.
CREATE TABLE step_reports (
    id          {{PK}},
    request_id  BIGINT NOT NULL REFERENCES requests(id),
    step        INTEGER NOT NULL CHECK (step IN (6, 7, 9)),
    reported_at TEXT NOT NULL,
    note        TEXT,
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (request_id, step)
);

-- Step 8: the SERAH TERIMA record.
CREATE TABLE handovers (
    request_id     BIGINT PRIMARY KEY REFERENCES requests(id),
    handed_over_at TEXT NOT NULL,
    giver_name     TEXT NOT NULL,
    giver_nip      TEXT,
    receiver_name  TEXT NOT NULL,
    receiver_nip   TEXT,
    receiver_unit  TEXT,
    row_version    INTEGER NOT NULL DEFAULT 1
);

-- The servers of a request (a row each in the handover table).
CREATE TABLE servers (
    id            {{PK}},
    request_id    BIGINT NOT NULL REFERENCES requests(id),
    position      INTEGER NOT NULL,
    name          TEXT NOT NULL,
    rack_units    INTEGER NOT NULL DEFAULT 1 CHECK (rack_units >= 0),
    power_w       INTEGER NOT NULL DEFAULT 0 CHECK (power_w >= 0),
    row_version   INTEGER NOT NULL DEFAULT 1,
    UNIQUE (request_id, position)
);

-- Requested spec (from the letter) and delivered spec (verified at step 8), with the
-- accepted-difference note the handover needs.
CREATE TABLE server_specs (
    id          {{PK}},
    server_id   BIGINT NOT NULL REFERENCES servers(id),
    kind        TEXT NOT NULL CHECK (kind IN ('requested', 'delivered')),
    processor   TEXT,
    ram         TEXT,
    motherboard TEXT,
    storage     TEXT,
    psu         TEXT,
    mismatch_note TEXT,
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (server_id, kind)
);

-- Where a server goes: the approval block per server, and its rack units.
-- reserved: approved, awaiting handover; active: installed; released: freed.
CREATE TABLE placements (
    id              {{PK}},
    server_id       BIGINT NOT NULL REFERENCES servers(id),
    noc_id          BIGINT REFERENCES nocs(id),
    rack_id         BIGINT REFERENCES racks(id),
    first_u         INTEGER CHECK (first_u >= 1),
    height_u        INTEGER CHECK (height_u >= 0),
    location_note   TEXT,
    domain          TEXT,
    serial_number   TEXT,
    type_brand      TEXT,
    host_admin_user TEXT,
    status          TEXT NOT NULL DEFAULT 'reserved' CHECK (status IN ('reserved', 'active', 'released')),
    override_note   TEXT,
    created_at      TEXT NOT NULL,
    released_at     TEXT,
    row_version     INTEGER NOT NULL DEFAULT 1,
    CHECK (rack_id IS NULL OR (first_u IS NOT NULL AND height_u IS NOT NULL))
);
CREATE INDEX placements_rack ON placements(rack_id, status);
-- Unique among live placements, as DOMAIN.md says; history keeps the old ones.
CREATE UNIQUE INDEX placements_live_domain ON placements(domain)
    WHERE status IN ('reserved', 'active') AND domain IS NOT NULL;
CREATE UNIQUE INDEX placements_live_serial ON placements(serial_number)
    WHERE status IN ('reserved', 'active') AND serial_number IS NOT NULL;

-- IP addresses given to placements.
CREATE TABLE ip_addresses (
    id           {{PK}},
    placement_id BIGINT NOT NULL REFERENCES placements(id),
    pool_id      BIGINT REFERENCES ip_pools(id),
    address      TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'reserved' CHECK (status IN ('reserved', 'active', 'released')),
    assigned_at  TEXT NOT NULL,
    released_at  TEXT,
    row_version  INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX ip_addresses_live ON ip_addresses(address) WHERE status IN ('reserved', 'active');

-- The asset register (aset register): every installed server or hosting.
CREATE TABLE assets (
    id                    {{PK}},
    register_number       TEXT NOT NULL UNIQUE,
    placement_id          BIGINT NOT NULL UNIQUE REFERENCES placements(id),
    request_id            BIGINT NOT NULL REFERENCES requests(id),
    unit_id               BIGINT NOT NULL REFERENCES units(id),
    officer_id            BIGINT REFERENCES officers(id),
    service_type          TEXT NOT NULL CHECK (service_type IN ('colocation', 'hosting')),
    installed_on          TEXT NOT NULL,
    permanent             INTEGER NOT NULL DEFAULT 1 CHECK (permanent IN (0, 1)),
    valid_until           TEXT,
    status                TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn')),
    withdrawn_on          TEXT,
    withdrawal_request_id BIGINT REFERENCES requests(id),
    last_reviewed_on      TEXT,
    note                  TEXT,
    row_version           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX assets_unit ON assets(unit_id);
CREATE INDEX assets_status ON assets(status);

-- Withdrawal (pencabutan) details for requests of kind 'withdrawal'.
CREATE TABLE withdrawals (
    request_id   BIGINT PRIMARY KEY REFERENCES requests(id),
    asset_id     BIGINT NOT NULL REFERENCES assets(id),
    reasons      TEXT NOT NULL,
    approved     INTEGER CHECK (approved IN (0, 1)),
    decided_by   TEXT,
    decided_at   TEXT,
    completed_at TEXT,
    row_version  INTEGER NOT NULL DEFAULT 1
);

-- Yearly review (peninjauan) of the register.
CREATE TABLE reviews (
    id          {{PK}},
    reviewed_on TEXT NOT NULL,
    reviewer    TEXT NOT NULL,
    note        TEXT,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE review_items (
    id          {{PK}},
    review_id   BIGINT NOT NULL REFERENCES reviews(id),
    asset_id    BIGINT NOT NULL REFERENCES assets(id),
    matches     INTEGER NOT NULL CHECK (matches IN (0, 1)),
    note        TEXT,
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (review_id, asset_id)
);

-- Document numbers: a per-type, per-year sequence; numbers are never reused.
CREATE TABLE document_sequences (
    doc_type    TEXT NOT NULL,
    year        INTEGER NOT NULL,
    last_value  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (doc_type, year)
);

CREATE TABLE documents (
    id         {{PK}},
    doc_type   TEXT NOT NULL,
    number     TEXT NOT NULL UNIQUE,
    request_id BIGINT REFERENCES requests(id),
    review_id  BIGINT REFERENCES reviews(id),
    issued_at  TEXT NOT NULL,
    issued_by  TEXT NOT NULL
);
CREATE UNIQUE INDEX documents_per_request ON documents(doc_type, request_id) WHERE request_id IS NOT NULL;

-- National holidays and collective leave, for working-day arithmetic.
CREATE TABLE holidays (
    day         TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

-- The history of a request: every transition, correction and issued document. Append-only.
CREATE TABLE request_events (
    id          {{PK}},
    request_id  BIGINT NOT NULL REFERENCES requests(id),
    step        INTEGER NOT NULL,
    action      TEXT NOT NULL,
    actor       TEXT NOT NULL,
    at          TEXT NOT NULL,
    field       TEXT,
    old_value   TEXT,
    new_value   TEXT,
    reason      TEXT,
    details     TEXT
);
CREATE INDEX request_events_request ON request_events(request_id, id);

-- Who changed what and when, for every write. Append-only (triggers below refuse changes).
CREATE TABLE audit_log (
    id        {{PK}},
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT,
    details   TEXT
);
