-- Tata naskah dinas: a signature block shows the official's rank (pangkat/golongan), and
-- "Plt." / "Plh." before the position when the official is acting for an empty or absent post.
ALTER TABLE signatories ADD COLUMN rank TEXT;
ALTER TABLE signatories ADD COLUMN acting TEXT CHECK (acting IN ('Plt.', 'Plh.'));

-- Most regions prescribe F4 paper, the default of a new database (no setting: F4). A database
-- that already holds requests keeps printing on A4 as before, until the admin changes it.
INSERT INTO settings (key, value) SELECT 'documents/paper', 'A4' WHERE EXISTS (SELECT 1 FROM requests);
