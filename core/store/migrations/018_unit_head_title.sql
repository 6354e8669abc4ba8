-- Kolokasi schema version 18: a unit keeps its head's title (jabatan kepala unit), the title a
-- letter to the unit is addressed to: "Camat Sumber", "Direktur RSUD Waled", "Sekretaris
-- Daerah", "Inspektur Daerah", "Kepala Dinas Kesehatan". NULL (every existing unit, and a new
-- unit whose admin leaves the field empty) means the default that UnitHeadTitle derives from
-- the unit's name when a letter is printed; it is derived in code, not copied here, so that a
-- renamed unit and a better rule follow without another migration.

ALTER TABLE units ADD COLUMN head_title TEXT;
