-- Kolokasi schema version 20: a signatory is a civil servant (PNS, NIP) or a contract employee
-- (PPPK, NI PPPK), like an officer of a unit (008); the number in `nip` is checked by the rule
-- of `employee_kind`. Existing signatories are PNS.

ALTER TABLE signatories ADD COLUMN employee_kind TEXT NOT NULL DEFAULT 'pns'
    CHECK (employee_kind IN ('pns', 'pppk'));
