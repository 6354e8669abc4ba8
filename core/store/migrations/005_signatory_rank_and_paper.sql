-- Tata naskah dinas: a signature block shows the official's rank (pangkat/golongan), and
-- "Plt." / "Plh." before the position when the official is acting for an empty or absent post.
ALTER TABLE signatories ADD COLUMN rank TEXT;
ALTER TABLE signatories ADD COLUMN acting TEXT CHECK (acting IN ('Plt.', 'Plh.'));

-- Most regions prescribe F4 paper: a new database prints on F4 unless the admin picks A4.
-- A database that already holds requests keeps printing as before (A4).
INSERT INTO settings (key, value) SELECT 'documents/paper', 'F4' WHERE NOT EXISTS (SELECT 1 FROM requests);
