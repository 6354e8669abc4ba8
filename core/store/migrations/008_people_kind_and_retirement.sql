-- Kolokasi schema version 8: units and officers are edited and retired in the window.
-- An officer is a civil servant (PNS, NIP) or a contract employee (PPPK, NI PPPK): both are
-- 18-digit numbers in `nip`, checked by the rule of `employee_kind`. Existing officers are PNS.
-- Retiring sets retired_at (never DELETE): pickers leave the record out, old requests and
-- printouts still show it.

ALTER TABLE officers ADD COLUMN employee_kind TEXT NOT NULL DEFAULT 'pns'
    CHECK (employee_kind IN ('pns', 'pppk'));
ALTER TABLE officers ADD COLUMN retired_at TEXT;
ALTER TABLE units ADD COLUMN retired_at TEXT;
