<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>ApplicationStep</name>
    <message>
        <source>Unit address</source>
        <translation>Alamat Unit</translation>
    </message>
    <message>
        <source>A placement that is not permanent needs its end date.</source>
        <translation>Penempatan yang tidak permanen memerlukan tanggal berakhirnya.</translation>
    </message>
    <message>
        <source>The end of validity must lie in the future.</source>
        <translation>Akhir masa berlaku harus di masa mendatang.</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>Penanggung Jawab</translation>
    </message>
    <message>
        <source>The responsible officer must belong to the requesting unit.</source>
        <translation>Penanggung jawab harus berasal dari unit pemohon.</translation>
    </message>
    <message>
        <source>The application form (pengajuan) has not been filled.</source>
        <translation>Form pengajuan belum diisi.</translation>
    </message>
    <message>
        <source>The unit address is missing.</source>
        <translation>Alamat unit belum diisi.</translation>
    </message>
    <message>
        <source>The contact number is missing.</source>
        <translation>Nomor kontak belum diisi.</translation>
    </message>
    <message>
        <source>The domain name is missing.</source>
        <translation>Nama domain belum diisi.</translation>
    </message>
    <message>
        <source>The end of validity is missing.</source>
        <translation>Akhir masa berlaku belum diisi.</translation>
    </message>
    <message>
        <source>The responsible officer %1 has no valid NIP or PPPK number.</source>
        <translation>Penanggung jawab %1 tidak memiliki NIP atau NI PPPK yang sah.</translation>
    </message>
</context>
<context>
    <name>ApprovalStep</name>
    <message>
        <source>Considerations</source>
        <translation>Pertimbangan</translation>
    </message>
    <message>
        <source>Server %1 has no placement (NOC, location) on the approval.</source>
        <translation>Server %1 belum memiliki penempatan (NOC, letak server) pada persetujuan.</translation>
    </message>
    <message>
        <source>no room found</source>
        <translation>tidak ada tempat</translation>
    </message>
    <message>
        <source>Server %1: the placement differs from the proposal (%2). Write a note why.</source>
        <translation>Server %1: penempatan berbeda dari usulan (%2). Tulis catatan alasannya.</translation>
    </message>
</context>
<context>
    <name>AssetHistoryReader</name>
    <message>
        <source>asset</source>
        <translation>aset</translation>
    </message>
</context>
<context>
    <name>AssetRepository</name>
    <message>
        <source>asset</source>
        <translation>aset</translation>
    </message>
    <message>
        <source>The asset is no longer active.</source>
        <translation>Aset tersebut sudah tidak aktif.</translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>%1 is not a file name; give the name of the file to write.</source>
        <translation>%1 bukan nama berkas; berikan nama berkas yang akan ditulis.</translation>
    </message>
    <message>
        <source>The file %1 is a database and is never overwritten; choose another file name.</source>
        <translation>Berkas %1 adalah basis data dan tidak pernah ditimpa; pilih nama berkas lain.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it or choose another place for the file.</source>
        <translation>Folder %1 tidak ada; buat folder itu atau pilih tempat lain untuk berkasnya.</translation>
    </message>
    <message>
        <source>You may not write in the folder %1; choose another place for the file %2.</source>
        <translation>Anda tidak boleh menulis di folder %1; pilih tempat lain untuk berkas %2.</translation>
    </message>
    <message>
        <source>Could not write the file %1, so nothing was changed there; check the free disk space and your right to write in its folder.</source>
        <translation>Berkas %1 tidak dapat ditulis sehingga tidak ada yang berubah di sana; periksa ruang disk yang tersisa dan hak tulis Anda di foldernya.</translation>
    </message>
    <message>
        <source>The disk of the folder %1 is full, so %2 was not written and what was there before is unchanged; free some space there or choose another folder.</source>
        <translation>Disk folder %1 penuh, sehingga %2 tidak ditulis dan isi sebelumnya tetap utuh; kosongkan sebagian ruang di sana atau pilih folder lain.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>write a consistent copy of the database to a file, also while in use</source>
        <translation>tulis salinan basis data yang utuh ke sebuah berkas, juga selagi dipakai</translation>
    </message>
    <message>
        <source>Usage: kolokasi --database LOCATION backup OUT</source>
        <translation>Pemakaian: kolokasi --database LOKASI backup KELUARAN</translation>
    </message>
    <message>
        <source>Name the file to write the backup to.</source>
        <translation>Sebutkan berkas tempat cadangan ditulis.</translation>
    </message>
    <message>
        <source>Backup of %1 written to %2.</source>
        <translation>Cadangan %1 telah ditulis ke %2.</translation>
    </message>
</context>
<context>
    <name>BulkGenerator</name>
    <message>
        <source>Give at least one asset and one request.</source>
        <translation>Berikan sedikitnya satu aset dan satu permohonan.</translation>
    </message>
    <message>
        <source>Give at most four requests per asset (plus 100).</source>
        <translation>Berikan paling banyak empat permohonan per aset (ditambah 100).</translation>
    </message>
</context>
<context>
    <name>Cancellation</name>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>The server has been handed over: the request can no longer be cancelled.</source>
        <translation>Server sudah diserahterimakan: permohonan tidak dapat dibatalkan lagi.</translation>
    </message>
</context>
<context>
    <name>CapacityCheckStep</name>
    <message>
        <source>The verdict differs from the computed capacity: explain it in a note.</source>
        <translation>Keputusan berbeda dari hasil perhitungan kapasitas: jelaskan dalam catatan.</translation>
    </message>
    <message>
        <source>Capacity not available.</source>
        <translation>Kapasitas tidak tersedia.</translation>
    </message>
</context>
<context>
    <name>ChangeChannel</name>
    <message>
        <source>Could not listen for other admins' changes: %1</source>
        <translation>Tidak dapat memantau perubahan dari admin lain: %1</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>The file has no column for: %1. Add the column, or choose which column holds it.</source>
        <translation>Berkas tidak memiliki kolom untuk: %1. Tambahkan kolomnya, atau pilih kolom yang memuatnya.</translation>
    </message>
    <message>
        <source>The column(s) %1 look like register fields but are not matched to any: nothing would be imported from them. Choose the field each one holds, or leave it out on purpose (--ignore-column NAME, or "not imported" in the mapping step).</source>
        <translation>Kolom %1 tampak seperti isian register tetapi tidak dicocokkan ke isian mana pun: tidak ada yang akan diimpor darinya. Pilih isian yang dimuat tiap kolom, atau sengaja tinggalkan (--ignore-column NAMA, atau "tidak diimpor" pada langkah pencocokan).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Opsi %1 memerlukan nilai.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Opsi tidak dikenal: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1. See kolokasi --help.</source>
        <translation>Perintah tidak dikenal: %1. Lihat kolokasi --help.</translation>
    </message>
    <message>
        <source>show the database in use and its schema version</source>
        <translation>tampilkan basis data yang dipakai dan versi skemanya</translation>
    </message>
    <message>
        <source>Usage: kolokasi [--database LOCATION] info</source>
        <translation>Pemakaian: kolokasi [--database LOKASI] info</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Mesin: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Versi skema: %1</translation>
    </message>
    <message>
        <source>fill a new, empty database with a realistic sample data centre</source>
        <translation>mengisi basis data baru yang kosong dengan contoh data center yang realistis</translation>
    </message>
    <message>
        <source>Usage: kolokasi --database LOCATION demo</source>
        <translation>Cara pakai: kolokasi --database LOKASI demo</translation>
    </message>
    <message>
        <source>Demo data centre written to %1.</source>
        <translation>Contoh data center telah ditulis ke %1.</translation>
    </message>
    <message>
        <source>Usage: kolokasi [--database LOCATION] [--lang id|en] [--verbose] [COMMAND [OPTIONS]]

Co-location of servers and hosting of applications for a Diskominfo data centre.
Without a command, opens the window.

Options:
  -d, --database LOCATION  an SQLite file, or postgresql://user@host:port/database
                           (default: the database chosen in settings, else
                           kolokasi.sqlite in the user's data folder)
  --lang id|en             language of windows and messages (default: Indonesian)
  --verbose                with an error, also the database's or system's own words
  -h, --help               show this help
  -v, --version            show the version

Commands:
</source>
        <translation>Pemakaian: kolokasi [--database LOKASI] [--lang id|en] [--verbose] [PERINTAH [OPSI]]

Co-location server dan hosting aplikasi untuk data center Diskominfo.
Tanpa perintah, membuka jendela aplikasi.

Opsi:
  -d, --database LOKASI    berkas SQLite, atau postgresql://user@host:port/database
                           (bawaan: basis data yang dipilih di pengaturan, atau
                           kolokasi.sqlite di folder data pengguna)
  --lang id|en             bahasa jendela dan pesan (bawaan: Indonesia)
  --verbose                pada kesalahan, sertakan juga kata-kata asli basis data atau sistem
  -h, --help               tampilkan bantuan ini
  -v, --version            tampilkan versi

Perintah:
</translation>
    </message>
    <message>
        <source>The demo stopped and wrote nothing: %1</source>
        <translation>Demo berhenti dan tidak menulis apa pun: %1</translation>
    </message>
    <message>
        <source>This Kolokasi upgrades it to schema version %1 when it opens it for work.</source>
        <translation>Kolokasi ini meningkatkannya ke versi skema %1 saat membukanya untuk bekerja.</translation>
    </message>
    <message>
        <source>Access: read-only (the file or its folder may not be written)</source>
        <translation>Akses: hanya-baca (berkas atau foldernya tidak boleh ditulisi)</translation>
    </message>
    <message>
        <source>Access: read and write</source>
        <translation>Akses: baca dan tulis</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Tidak dapat menulis %1.</translation>
    </message>
    <message>
        <source>write a PNG of every screen of the window with the database's data</source>
        <translation>tulis PNG setiap layar jendela dengan data basis data</translation>
    </message>
    <message>
        <source>the folder for the PNG files</source>
        <translation>folder untuk berkas PNG</translation>
    </message>
    <message>
        <source>Usage: kolokasi --database LOCATION screenshots DIR</source>
        <translation>Pemakaian: kolokasi --database LOKASI screenshots FOLDER</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Folder %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>%1 screenshots written to %2.</source>
        <translation>%1 tangkapan layar ditulis ke %2.</translation>
    </message>
    <message>
        <source>%1 could not be created.</source>
        <translation>%1 tidak dapat dibuat.</translation>
    </message>
</context>
<context>
    <name>CompletionStep</name>
    <message>
        <source>A request is complete only after the handover.</source>
        <translation>Permohonan baru selesai setelah serah terima.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Enter the host name of the PostgreSQL server.</source>
        <translation>Isi nama host server PostgreSQL.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Isi nama basis data.</translation>
    </message>
    <message>
        <source>The server %1 refused the user %2 or the password; check both.</source>
        <translation>Server %1 menolak pengguna %2 atau kata sandinya; periksa keduanya.</translation>
    </message>
    <message>
        <source>The server %1 has no database %2; check its name.</source>
        <translation>Server %1 tidak memiliki basis data %2; periksa namanya.</translation>
    </message>
    <message>
        <source>The server %1 does not accept the SSL mode %2; choose another.</source>
        <translation>Server %1 tidak menerima mode SSL %2; pilih mode lain.</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at %1; check the host name and port, and the network.</source>
        <translation>Tidak ada server PostgreSQL yang menjawab di %1; periksa nama host dan port, serta jaringan.</translation>
    </message>
</context>
<context>
    <name>CorrectionRepository</name>
    <message>
        <source>The field %1 cannot be corrected.</source>
        <translation>Isian %1 tidak dapat dikoreksi.</translation>
    </message>
    <message>
        <source>Someone else changed this value meanwhile; reload it and try again.</source>
        <translation>Nilai ini telah diubah oleh pengguna lain; muat ulang lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>CorrectionStep</name>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>This value belongs to step %1, which the request has not reached.</source>
        <translation>Nilai ini milik tahap %1, yang belum dicapai oleh permohonan.</translation>
    </message>
    <message>
        <source>The new value is the same as the old one.</source>
        <translation>Nilai baru sama dengan nilai lama.</translation>
    </message>
    <message>
        <source>%1 is already used by another placed server.</source>
        <translation>%1 sudah dipakai oleh server lain yang ditempatkan.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 is not a CSV or Excel (.xlsx) file. Save the register from the spreadsheet program as CSV or .xlsx and try again.</source>
        <translation>%1 bukan berkas CSV atau Excel (.xlsx). Simpan register dari program lembar kerja sebagai CSV atau .xlsx, lalu coba lagi.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed. Check the double quotes (") on that line.</source>
        <translation>%1, baris %2: ada isian bertanda kutip yang tidak ditutup. Periksa tanda kutip ganda (") pada baris itu.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a CSV register to import may be at most %3 MB. Split it into smaller files, or leave out the columns and rows that are not assets.</source>
        <translation>%1 berukuran %2 MB; register CSV yang diimpor paling besar %3 MB. Pecah menjadi beberapa berkas, atau buang kolom dan baris yang bukan aset.</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>Cannot create the backup folder %1; choose a folder you may write to.</source>
        <translation>Folder cadangan %1 tidak dapat dibuat; pilih folder yang boleh Anda tulisi.</translation>
    </message>
</context>
<context>
    <name>DataCentreRepository</name>
    <message>
        <source>NOC name</source>
        <translation>Nama NOC</translation>
    </message>
    <message>
        <source>NOC</source>
        <translation>NOC</translation>
    </message>
    <message>
        <source>Rack name</source>
        <translation>Nama rak</translation>
    </message>
    <message>
        <source>The power budget cannot be negative.</source>
        <translation>Anggaran daya tidak boleh negatif.</translation>
    </message>
    <message>
        <source>rack</source>
        <translation>rak</translation>
    </message>
    <message>
        <source>A rack is 1 to %1 U high.</source>
        <translation>Tinggi rak 1 sampai %1 U.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given; name the database file to open.</source>
        <translation>Berkas basis data tidak disebutkan; sebutkan berkas basis data yang akan dibuka.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file; name the database file inside it.</source>
        <translation>%1 adalah folder, bukan berkas basis data; sebutkan berkas basis data di dalamnya.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; check the path of the database %2.</source>
        <translation>Folder %1 tidak ada; periksa lokasi basis data %2.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist; check the name and the folder.</source>
        <translation>Berkas basis data %1 tidak ada; periksa nama dan foldernya.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database; choose a place you may write to.</source>
        <translation>Folder %1 untuk basis data tidak dapat dibuat; pilih tempat yang boleh Anda tulisi.</translation>
    </message>
    <message>
        <source>Cannot create the database file %1; choose a place you may write to.</source>
        <translation>Berkas basis data %1 tidak dapat dibuat; pilih tempat yang boleh Anda tulisi.</translation>
    </message>
    <message>
        <source>The Qt database driver %1 is not installed; install the Debian package %2.</source>
        <translation>Driver basis data Qt %1 belum terpasang; pasang paket Debian %2.</translation>
    </message>
    <message>
        <source>Cannot open the database file %1; check that you may read it.</source>
        <translation>Berkas basis data %1 tidak dapat dibuka; periksa apakah Anda boleh membacanya.</translation>
    </message>
    <message>
        <source>Cannot connect to the database %1; check the address, the password and that the server is running.</source>
        <translation>Tidak dapat terhubung ke basis data %1; periksa alamat, kata sandi, dan apakah servernya berjalan.</translation>
    </message>
    <message>
        <source>%1 is not a Kolokasi database and was left untouched; choose the database Kolokasi created.</source>
        <translation>%1 bukan basis data Kolokasi dan tidak diubah; pilih basis data yang dibuat oleh Kolokasi.</translation>
    </message>
    <message>
        <source>The file %1 is empty, not a Kolokasi database; choose the database Kolokasi created.</source>
        <translation>Berkas %1 kosong, bukan basis data Kolokasi; pilih basis data yang dibuat oleh Kolokasi.</translation>
    </message>
    <message>
        <source>The database %1 holds no Kolokasi data yet; open it once in the Kolokasi window to set it up.</source>
        <translation>Basis data %1 belum berisi data Kolokasi; buka sekali di jendela Kolokasi untuk menyiapkannya.</translation>
    </message>
    <message>
        <source>The protection of the audit log in %1 was removed, so its history can no longer be trusted; restore the database from a backup or ask the administrator of the server.</source>
        <translation>Perlindungan log audit di %1 telah dihapus sehingga riwayatnya tidak dapat dipercaya lagi; pulihkan basis data dari cadangan atau hubungi pengelola server.</translation>
    </message>
    <message>
        <source>The database %1 is open read-only, so nothing can be changed; ask for write access to the file or open a copy.</source>
        <translation>Basis data %1 terbuka hanya-baca sehingga tidak ada yang dapat diubah; mintalah hak tulis atas berkasnya atau buka salinannya.</translation>
    </message>
    <message>
        <source>This value is already in use; enter another one.</source>
        <translation>Nilai ini sudah dipakai; isikan nilai lain.</translation>
    </message>
    <message>
        <source>This refers to a record that does not exist or is still in use; check the choice.</source>
        <translation>Ini merujuk ke data yang tidak ada atau masih dipakai; periksa pilihannya.</translation>
    </message>
    <message>
        <source>This value is not allowed here; enter another one.</source>
        <translation>Nilai ini tidak diizinkan di sini; isikan nilai lain.</translation>
    </message>
    <message>
        <source>This field must be filled in; enter a value.</source>
        <translation>Kolom ini wajib diisi; isikan nilainya.</translation>
    </message>
    <message>
        <source>The database is busy with another user's change; try again in a moment.</source>
        <translation>Basis data sedang dipakai untuk perubahan pengguna lain; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>The request history and the audit log are never changed or deleted; record a correction instead.</source>
        <translation>Riwayat permohonan dan log audit tidak pernah diubah atau dihapus; catat koreksi sebagai gantinya.</translation>
    </message>
    <message>
        <source>The database %1 reported an unexpected error and nothing was changed; run Kolokasi with --verbose to see the details.</source>
        <translation>Basis data %1 melaporkan kesalahan tak terduga dan tidak ada yang diubah; jalankan Kolokasi dengan --verbose untuk melihat rinciannya.</translation>
    </message>
    <message>
        <source>The connection to %1 runs as a replica (session_replication_role), which switches off the protection of the audit log; remove that setting from the server, the database or the user, then open it again.</source>
        <translation>Koneksi ke %1 berjalan sebagai replika (session_replication_role), yang mematikan perlindungan log audit; hapus pengaturan itu dari server, basis data, atau pengguna, lalu buka lagi.</translation>
    </message>
    <message>
        <source>These rack units were taken by another change a moment ago; choose other units.</source>
        <translation>Unit rak ini baru saja dipakai oleh perubahan lain; pilih unit lain.</translation>
    </message>
    <message>
        <source>The disk of the folder %1 is full, so nothing was changed in the database %2; free some space there and try again.</source>
        <translation>Disk folder %1 penuh, sehingga tidak ada yang diubah pada basis data %2; kosongkan sebagian ruang di sana lalu coba lagi.</translation>
    </message>
    <message>
        <source>The disk of the database server of %1 is full, so nothing was changed; ask the administrator of the server to free some space.</source>
        <translation>Disk server basis data %1 penuh, sehingga tidak ada yang diubah; minta administrator server mengosongkan sebagian ruang.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>The folder %1 does not exist; create it or name another place for the restored database.</source>
        <translation>Folder %1 tidak ada; buat folder itu atau sebutkan tempat lain untuk basis data yang dipulihkan.</translation>
    </message>
    <message>
        <source>Could not write the database %1; check the free disk space and your right to write in its folder.</source>
        <translation>Basis data %1 tidak dapat ditulis; periksa ruang kosong disk dan hak Anda menulis di foldernya.</translation>
    </message>
    <message>
        <source>%1 is not a Kolokasi database, so nothing was restored over it; name the database Kolokasi uses.</source>
        <translation>%1 bukan basis data Kolokasi sehingga tidak ada yang dipulihkan ke atasnya; sebutkan basis data yang dipakai Kolokasi.</translation>
    </message>
</context>
<context>
    <name>DatabaseContents</name>
    <message>
        <source>The database %1 already holds data; name a new, empty database to fill.</source>
        <translation>Basis data %1 sudah berisi data; sebutkan basis data baru yang masih kosong untuk diisi.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>The database location is empty; give an SQLite file or a postgresql:// address after --database.</source>
        <translation>Lokasi basis data kosong; berikan berkas SQLite atau alamat postgresql:// setelah --database.</translation>
    </message>
    <message>
        <source>%1 is not a valid PostgreSQL address; write it as postgresql://user@host:port/database.</source>
        <translation>%1 bukan alamat PostgreSQL yang sah; tuliskan sebagai postgresql://pengguna@host:port/basisdata.</translation>
    </message>
    <message>
        <source>%1 is not an sslmode PostgreSQL knows; use one of %2.</source>
        <translation>%1 bukan sslmode yang dikenal PostgreSQL; gunakan salah satu dari %2.</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>The date must be filled in.</source>
        <translation>Tanggal wajib diisi.</translation>
    </message>
    <message>
        <source>%1 is not a calendar date (write it as 25-11-2026 or 2026-11-25).</source>
        <translation>%1 bukan tanggal yang sah (tulis seperti 25-11-2026 atau 2026-11-25).</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>No installed server of %1.</source>
        <translation>Tidak ada server terpasang untuk %1.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>DispositionStep</name>
    <message>
        <source>Disposed to</source>
        <translation>Didisposisikan kepada</translation>
    </message>
</context>
<context>
    <name>DocumentNumbering</name>
    <message>
        <source>A numbering pattern needs {seq} (or {seq:4}) and {year}, for example 050/{seq:4}/Aptika/{year}: the sequence starts again every year.</source>
        <translation>Pola penomoran harus memuat {seq} (atau {seq:4}) dan {year}, misalnya 050/{seq:4}/Aptika/{year}: nomor urut dimulai lagi setiap tahun.</translation>
    </message>
    <message>
        <source>No %1 has been issued for request %2 yet.</source>
        <translation>Belum ada %1 yang diterbitkan untuk permohonan %2.</translation>
    </message>
    <message>
        <source>There is no request number %1.</source>
        <translation>Tidak ada permohonan nomor %1.</translation>
    </message>
    <message>
        <source>Could not find a free number for %1 with the pattern %2. Check the numbering settings.</source>
        <translation>Tidak ditemukan nomor yang masih bebas untuk %1 dengan pola %2. Periksa pengaturan penomoran.</translation>
    </message>
    <message>
        <source>No %1 has been issued for review %2 yet.</source>
        <translation>Belum ada %1 yang diterbitkan untuk peninjauan %2.</translation>
    </message>
    <message>
        <source>There is no review number %1.</source>
        <translation>Tidak ada peninjauan nomor %1.</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>The printer does not accept this paper size.</source>
        <translation>Printer tidak menerima ukuran kertas ini.</translation>
    </message>
    <message>
        <source>The document could not be started on this printer.</source>
        <translation>Dokumen tidak dapat dimulai pada printer ini.</translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>Only the four forms (pengajuan, persetujuan, serah-terima, pencabutan) have a blank version; %1 has none.</source>
        <translation>Hanya keempat formulir (pengajuan, persetujuan, serah-terima, pencabutan) yang memiliki versi kosong; %1 tidak memilikinya.</translation>
    </message>
    <message>
        <source>Name a rack or a NOC to print.</source>
        <translation>Sebutkan rak atau NOC yang akan dicetak.</translation>
    </message>
    <message>
        <source>The NOC %1 has no racks.</source>
        <translation>NOC %1 tidak memiliki rak.</translation>
    </message>
    <message>
        <source>Request %1 is not a withdrawal request: it has no pencabutan form.</source>
        <translation>Permohonan %1 bukan permohonan pencabutan: tidak ada form pencabutan.</translation>
    </message>
    <message>
        <source>Request %1 has no withdrawal details yet.</source>
        <translation>Permohonan %1 belum memiliki rincian pencabutan.</translation>
    </message>
    <message>
        <source>The withdrawal of request %1 was rejected: there is no pencabutan to sign.</source>
        <translation>Pencabutan pada permohonan %1 ditolak: tidak ada form pencabutan untuk ditandatangani.</translation>
    </message>
    <message>
        <source>Request %1 is a withdrawal request: only its pencabutan form can be printed.</source>
        <translation>Permohonan %1 adalah permohonan pencabutan: hanya form pencabutan yang dapat dicetak.</translation>
    </message>
    <message>
        <source>Request %1 has not had its capacity check (step 3) yet.</source>
        <translation>Permohonan %1 belum melalui cek kapasitas (langkah 3).</translation>
    </message>
    <message>
        <source>Request %1 has no filled pengajuan form (step 4) yet.</source>
        <translation>Permohonan %1 belum memiliki form pengajuan yang terisi (langkah 4).</translation>
    </message>
    <message>
        <source>Request %1 has not been decided (step 5) yet.</source>
        <translation>Permohonan %1 belum diputuskan (langkah 5).</translation>
    </message>
    <message>
        <source>Request %1 has not been approved: there is nothing to notify.</source>
        <translation>Permohonan %1 belum disetujui: tidak ada yang perlu diberitahukan.</translation>
    </message>
    <message>
        <source>Request %1 has not been handed over (step 8) yet.</source>
        <translation>Permohonan %1 belum diserahterimakan (langkah 8).</translation>
    </message>
    <message>
        <source>There is no review number %1.</source>
        <translation>Tidak ada peninjauan nomor %1.</translation>
    </message>
    <message>
        <source>the agency profile (Settings → Agency)</source>
        <translation>profil instansi (Pengaturan → Instansi)</translation>
    </message>
    <message>
        <source>the signatories (Settings → Signatories)</source>
        <translation>penandatangan (Pengaturan → Penandatangan)</translation>
    </message>
    <message>
        <source>the numbering pattern (Settings → Numbering)</source>
        <translation>pola penomoran (Pengaturan → Penomoran)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 dan %2</translation>
    </message>
    <message>
        <source>This document cannot be printed yet: fill in %1 first.</source>
        <translation>Dokumen ini belum dapat dicetak: isi dahulu %1.</translation>
    </message>
</context>
<context>
    <name>DocumentSource</name>
    <message>
        <source>Pengajuan form</source>
        <translation>Form pengajuan</translation>
    </message>
    <message>
        <source>Persetujuan form</source>
        <translation>Form persetujuan</translation>
    </message>
    <message>
        <source>Serah terima form</source>
        <translation>Form serah terima</translation>
    </message>
    <message>
        <source>Pencabutan form</source>
        <translation>Form pencabutan</translation>
    </message>
    <message>
        <source>Capacity check report</source>
        <translation>Laporan cek kapasitas</translation>
    </message>
    <message>
        <source>Notification letter</source>
        <translation>Surat pemberitahuan</translation>
    </message>
    <message>
        <source>Completion report</source>
        <translation>Laporan selesai</translation>
    </message>
    <message>
        <source>Asset register</source>
        <translation>Aset register</translation>
    </message>
    <message>
        <source>Rack view</source>
        <translation>Tampilan rak</translation>
    </message>
    <message>
        <source>Review report</source>
        <translation>Laporan peninjauan</translation>
    </message>
</context>
<context>
    <name>DomainName</name>
    <message>
        <source>The domain name must be filled in.</source>
        <translation>Nama domain wajib diisi.</translation>
    </message>
    <message>
        <source>%1 is not a valid domain name (for example simpeg.cirebonkab.go.id).</source>
        <translation>%1 bukan nama domain yang sah (contoh: simpeg.cirebonkab.go.id).</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>1 working day</source>
        <translation>1 hari kerja</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 hari kerja</translation>
    </message>
    <message>
        <source>%1 %2 h</source>
        <translation>%1 %2 jam</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 menit</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 jam %2 menit</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>The e-mail address must be filled in.</source>
        <translation>Alamat e-mail harus diisi.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address (for example diskominfo@cirebonkab.go.id).</source>
        <translation>%1 bukan alamat e-mail (contoh: diskominfo@cirebonkab.go.id).</translation>
    </message>
</context>
<context>
    <name>EmployeeNumber</name>
    <message>
        <source>%1 It is no PPPK number either: PPPK numbers have an appointment year of %2 or later.</source>
        <translation>%1 Ini juga bukan nomor PPPK: tahun pengangkatan nomor PPPK %2 atau sesudahnya.</translation>
    </message>
</context>
<context>
    <name>ExportRegisterCommand</name>
    <message>
        <source>write the asset register (or part of it) to a CSV or Excel file</source>
        <translation>menulis aset register (seluruhnya atau sebagian) ke berkas CSV atau Excel</translation>
    </message>
    <message>
        <source>Usage: kolokasi [--database F] export-register OUT.csv|OUT.xlsx [--noc N] [--unit U] [--status active|withdrawn] [--separator C]</source>
        <translation>Penggunaan: kolokasi [--database F] export-register KELUAR.csv|KELUAR.xlsx [--noc N] [--unit U] [--status active|withdrawn] [--separator C]</translation>
    </message>
    <message>
        <source>the file to write: .csv or .xlsx</source>
        <translation>berkas yang ditulis: .csv atau .xlsx</translation>
    </message>
    <message>
        <source>only the assets in this NOC</source>
        <translation>hanya aset di NOC ini</translation>
    </message>
    <message>
        <source>only this unit's assets</source>
        <translation>hanya aset unit ini</translation>
    </message>
    <message>
        <source>only active or withdrawn assets</source>
        <translation>hanya aset aktif atau yang dicabut</translation>
    </message>
    <message>
        <source>CSV field separator (default ;, or tab)</source>
        <translation>pemisah kolom CSV (bawaan ;, atau tab)</translation>
    </message>
    <message>
        <source>Name one file to write.</source>
        <translation>Sebutkan satu berkas untuk ditulis.</translation>
    </message>
    <message>
        <source>The separator must be one punctuation character such as ; or , (or "tab"), not %1.</source>
        <translation>Pemisah harus satu tanda baca seperti ; atau , (atau "tab"), bukan %1.</translation>
    </message>
    <message>
        <source>Wrote %1 asset(s) to %2.</source>
        <translation>%1 aset ditulis ke %2.</translation>
    </message>
</context>
<context>
    <name>FacilityRepository</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>A capacity cannot be negative.</source>
        <translation>Kapasitas tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Choose UPS, genset or bandwidth.</source>
        <translation>Pilih UPS, genset, atau bandwidth.</translation>
    </message>
    <message>
        <source>facility resource</source>
        <translation>anggaran fasilitas</translation>
    </message>
    <message>
        <source>Pool name</source>
        <translation>Nama pool</translation>
    </message>
    <message>
        <source>%1 overlaps the pool %2 (%3).</source>
        <translation>%1 bertumpang tindih dengan pool %2 (%3).</translation>
    </message>
    <message>
        <source>IP pool</source>
        <translation>pool IP</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>Usage: kolokasi --database LOCATION generate --assets N --requests M</source>
        <translation>Pemakaian: kolokasi --database LOKASI generate --assets N --requests M</translation>
    </message>
    <message>
        <source>fill a new, empty database with generated data at scale (benchmarks)</source>
        <translation>isi basis data baru yang kosong dengan data buatan dalam jumlah besar (benchmark)</translation>
    </message>
    <message>
        <source>how many assets (default 1000)</source>
        <translation>jumlah aset (bawaan 1000)</translation>
    </message>
    <message>
        <source>how many requests (default: a fifth of the assets)</source>
        <translation>jumlah permohonan (bawaan: seperlima jumlah aset)</translation>
    </message>
    <message>
        <source>--assets and --requests take a whole number of at least 1.</source>
        <translation>--assets dan --requests memerlukan bilangan bulat sedikitnya 1.</translation>
    </message>
    <message>
        <source>The database %1 already holds data; generate only fills a new, empty database.</source>
        <translation>Basis data %1 sudah berisi data; generate hanya mengisi basis data baru yang kosong.</translation>
    </message>
    <message>
        <source>Generating stopped, nothing was written: %1</source>
        <translation>Pembuatan data berhenti, tidak ada yang ditulis: %1</translation>
    </message>
    <message>
        <source>Generated in %1 s into %2: %3 assets (%4 withdrawn), %5 requests, %6 NOCs, %7 racks, %8 units. Requests to try: 12 servers %9, one server %10, long history %11.</source>
        <translation>Dibuat dalam %1 d ke %2: %3 aset (%4 dicabut), %5 permohonan, %6 NOC, %7 rak, %8 unit. Permohonan untuk dicoba: 12 server %9, satu server %10, riwayat panjang %11.</translation>
    </message>
</context>
<context>
    <name>HandoverStep</name>
    <message>
        <source>Enter the delivered spec of server %1.</source>
        <translation>Isi spesifikasi server %1 yang diserahkan.</translation>
    </message>
    <message>
        <source>Server %1: %2 differs from the request (requested "%3", delivered "%4"). Accept the difference with a note or the handover cannot be signed.</source>
        <translation>Server %1: %2 berbeda dari permohonan (diminta "%3", diserahkan "%4"). Setujui perbedaan itu dengan catatan, atau serah terima tidak dapat ditandatangani.</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>prosesor</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>motherboard</source>
        <translation>motherboard</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>storage</translation>
    </message>
    <message>
        <source>PSU</source>
        <translation>PSU</translation>
    </message>
    <message>
        <source>A handover needs an approval of the request.</source>
        <translation>Serah terima memerlukan persetujuan atas permohonan.</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Yang menyerahkan</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Yang Menerima</translation>
    </message>
</context>
<context>
    <name>HolidayList</name>
    <message>
        <source>Line %1: %2 is not a date (write it as 2026-08-17 or 17/08/2026).</source>
        <translation>Baris %1: %2 bukan tanggal (tulis seperti 2026-08-17 atau 17/08/2026).</translation>
    </message>
    <message>
        <source>an empty cell</source>
        <translation>sel kosong</translation>
    </message>
    <message>
        <source>Line %1: the holiday on %2 has no name.</source>
        <translation>Baris %1: hari libur pada %2 tidak bernama.</translation>
    </message>
    <message>
        <source>Line %1: %2 is listed twice.</source>
        <translation>Baris %1: %2 tercantum dua kali.</translation>
    </message>
    <message>
        <source>%1 holds no holiday; each line needs a date and a name.</source>
        <translation>%1 tidak berisi hari libur; setiap baris perlu tanggal dan nama.</translation>
    </message>
</context>
<context>
    <name>ImportRegisterCommand</name>
    <message>
        <source>Line %1, column "%2": %3</source>
        <translation>Baris %1, kolom "%2": %3</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Kolom yang tidak diimpor: %1.</translation>
    </message>
    <message>
        <source>New units created: %1.</source>
        <translation>Unit baru yang dibuat: %1.</translation>
    </message>
    <message>
        <source>New units to create: %1.</source>
        <translation>Unit baru yang akan dibuat: %1.</translation>
    </message>
    <message>
        <source>%1: %2 row(s), %3 good, %4 bad.</source>
        <translation>%1: %2 baris, %3 benar, %4 salah.</translation>
    </message>
    <message>
        <source>Imported %1 asset(s).</source>
        <translation>%1 aset diimpor.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Uji coba: tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct the bad rows, or use --skip-invalid to import only the good ones.</source>
        <translation>Tidak ada yang diimpor. Perbaiki baris yang salah, atau pakai --skip-invalid untuk mengimpor baris yang benar saja.</translation>
    </message>
    <message>
        <source>bring an existing asset register in from a CSV or Excel file</source>
        <translation>memasukkan aset register yang sudah ada dari berkas CSV atau Excel</translation>
    </message>
    <message>
        <source>the register to import: .csv or .xlsx</source>
        <translation>register yang diimpor: .csv atau .xlsx</translation>
    </message>
    <message>
        <source>check every row and report, without writing anything</source>
        <translation>periksa setiap baris dan laporkan, tanpa menyimpan apa pun</translation>
    </message>
    <message>
        <source>the Excel sheet to read (default: the first)</source>
        <translation>lembar Excel yang dibaca (bawaan: yang pertama)</translation>
    </message>
    <message>
        <source>import the good rows even if some rows are bad</source>
        <translation>impor baris yang benar meskipun ada baris yang salah</translation>
    </message>
    <message>
        <source>Name one file to import.</source>
        <translation>Sebutkan satu berkas untuk diimpor.</translation>
    </message>
    <message>
        <source>Header: row %1.</source>
        <translation>Judul kolom: baris %1.</translation>
    </message>
    <message>
        <source>... and %1 more problem(s) not shown; correct the ones above and check again.</source>
        <translation>... dan %1 masalah lain tidak ditampilkan; perbaiki yang di atas lalu periksa lagi.</translation>
    </message>
    <message>
        <source>Line %1 skipped (a total or a note, not an asset): %2</source>
        <translation>Baris %1 dilewati (jumlah atau keterangan, bukan aset): %2</translation>
    </message>
    <message>
        <source>Usage: kolokasi [--database F] import-register IN.csv|IN.xlsx [--dry-run] [--sheet NAME] [--skip-invalid] [--header-row N] [--ignore-column NAME]...</source>
        <translation>Pemakaian: kolokasi [--database F] import-register MASUK.csv|MASUK.xlsx [--dry-run] [--sheet NAMA] [--skip-invalid] [--header-row N] [--ignore-column NAMA]...</translation>
    </message>
    <message>
        <source>the row that names the columns (default: found among the first 20 rows)</source>
        <translation>baris yang memuat judul kolom (bawaan: dicari di antara 20 baris pertama)</translation>
    </message>
    <message>
        <source>leave out a column that looks like a register field (repeat for more)</source>
        <translation>tinggalkan kolom yang tampak seperti isian register (ulangi untuk kolom lain)</translation>
    </message>
    <message>
        <source>--header-row %1: %2 has no filled row %1. Give the row number the spreadsheet program shows for the header.</source>
        <translation>--header-row %1: %2 tidak punya baris %1 yang berisi. Berikan nomor baris judul kolom seperti yang ditampilkan program spreadsheet.</translation>
    </message>
    <message>
        <source>--ignore-column %1: the header (row %2) has no column called "%1". Its columns are: %3.</source>
        <translation>--ignore-column %1: judul kolom (baris %2) tidak punya kolom bernama "%1". Kolomnya: %3.</translation>
    </message>
</context>
<context>
    <name>InUseLimits</name>
    <message>
        <source>Rack %1 cannot be %2 U high: units up to U %3 are in use by %4.</source>
        <translation>Rak %1 tidak dapat dibuat setinggi %2 U: unit sampai U %3 dipakai oleh %4.</translation>
    </message>
    <message>
        <source>Rack %1 cannot have a power budget of %2 W: the servers placed in it draw %3 W (%4).</source>
        <translation>Anggaran daya rak %1 tidak dapat dibuat %2 W: server yang ditempatkan di dalamnya memakai %3 W (%4).</translation>
    </message>
    <message>
        <source>Rack %1 cannot be retired while servers are placed in it: %2.</source>
        <translation>Rak %1 tidak dapat dipensiunkan selama masih ada server di dalamnya: %2.</translation>
    </message>
    <message>
        <source>NOC %1 cannot be retired while servers are placed in it: %2.</source>
        <translation>NOC %1 tidak dapat dipensiunkan selama masih ada server di dalamnya: %2.</translation>
    </message>
    <message>
        <source>NOC %1 cannot be retired while it has racks in service: retire %2 first.</source>
        <translation>NOC %1 tidak dapat dipensiunkan selama masih punya rak yang aktif: pensiunkan dulu %2.</translation>
    </message>
    <message>
        <source>The gateway %1 is an address given to %2.</source>
        <translation>Gateway %1 adalah alamat yang diberikan kepada %2.</translation>
    </message>
    <message>
        <source>Pool %1 cannot become %2: addresses in use would fall outside it: %3.</source>
        <translation>Pool %1 tidak dapat diubah menjadi %2: alamat yang sedang dipakai akan berada di luarnya: %3.</translation>
    </message>
    <message>
        <source>Pool %1 cannot be retired while its addresses are in use: %2.</source>
        <translation>Pool %1 tidak dapat dipensiunkan selama alamatnya masih dipakai: %2.</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>dipesan</translation>
    </message>
    <message>
        <source>U %1</source>
        <translation>U %1</translation>
    </message>
    <message>
        <source>U %1-%2</source>
        <translation>U %1-%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 dipakai %2</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1, dan %2 lainnya</translation>
    </message>
</context>
<context>
    <name>InitialSetup</name>
    <message>
        <source>The government name</source>
        <translation>Nama pemerintah</translation>
    </message>
    <message>
        <source>The office name</source>
        <translation>Nama dinas</translation>
    </message>
    <message>
        <source>The city of the date line</source>
        <translation>Kota pada baris tanggal</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>The position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>The NOC name</source>
        <translation>Nama NOC</translation>
    </message>
    <message>
        <source>A NOC has 1 to 99 racks here.</source>
        <translation>Di sini satu NOC berisi 1 sampai 99 rak.</translation>
    </message>
    <message>
        <source>A rack is 1 to 60 U high.</source>
        <translation>Tinggi rak 1 sampai 60 U.</translation>
    </message>
    <message>
        <source>Enter the power budget of a rack in watts.</source>
        <translation>Isi anggaran daya satu rak dalam watt.</translation>
    </message>
    <message>
        <source>A capacity cannot be negative.</source>
        <translation>Kapasitas tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The pool name</source>
        <translation>Nama pool</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>The numbering pattern</source>
        <translation>Pola penomoran</translation>
    </message>
</context>
<context>
    <name>IpAddress</name>
    <message>
        <source>The IP address must be filled in.</source>
        <translation>Alamat IP wajib diisi.</translation>
    </message>
    <message>
        <source>%1 is not an IP address (for example 103.10.20.5 or 2001:db8::5).</source>
        <translation>%1 bukan alamat IP (contoh: 103.10.20.5 atau 2001:db8::5).</translation>
    </message>
</context>
<context>
    <name>IpNetwork</name>
    <message>
        <source>The network must be filled in.</source>
        <translation>Jaringan wajib diisi.</translation>
    </message>
    <message>
        <source>%1 is not a network in CIDR notation with its network address (for example 103.10.20.0/24).</source>
        <translation>%1 bukan jaringan dalam notasi CIDR dengan alamat jaringannya (contoh: 103.10.20.0/24).</translation>
    </message>
</context>
<context>
    <name>LogoImage</name>
    <message>
        <source>%1 is not a PNG, JPEG or SVG picture; choose the logo file again.</source>
        <translation>%1 bukan gambar PNG, JPEG, atau SVG; pilih berkas logo lagi.</translation>
    </message>
    <message>
        <source>%1 cannot be read; check that the file exists and may be opened.</source>
        <translation>%1 tidak dapat dibaca; periksa bahwa berkas itu ada dan boleh dibuka.</translation>
    </message>
    <message>
        <source>%1 is larger than 2 MB; choose a smaller logo picture.</source>
        <translation>%1 lebih besar dari 2 MB; pilih gambar logo yang lebih kecil.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Could not upgrade the database %1 to schema version %2, so it was left as it was; run Kolokasi with --verbose to see why.</source>
        <translation>Basis data %1 tidak dapat ditingkatkan ke versi skema %2 sehingga dibiarkan seperti semula; jalankan Kolokasi dengan --verbose untuk melihat sebabnya.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer Kolokasi (schema version %2; this program knows up to version %3); update Kolokasi to open it.</source>
        <translation>Basis data %1 ditulis oleh Kolokasi yang lebih baru (versi skema %2; program ini mengenal sampai versi %3); perbarui Kolokasi untuk membukanya.</translation>
    </message>
    <message>
        <source>The database %1 is read-only and was written by an older Kolokasi (schema version %2); open it once with write access so that Kolokasi can upgrade it.</source>
        <translation>Basis data %1 hanya-baca dan ditulis oleh Kolokasi yang lebih lama (versi skema %2); buka sekali dengan hak tulis agar Kolokasi dapat meningkatkannya.</translation>
    </message>
</context>
<context>
    <name>Nip</name>
    <message>
        <source>The NIP must be filled in.</source>
        <translation>NIP wajib diisi.</translation>
    </message>
    <message>
        <source>A NIP has 18 digits (for example 19620718 198603 1 003); this one has %1.</source>
        <translation>NIP terdiri atas 18 angka (contoh: 19620718 198603 1 003); yang ini %1 angka.</translation>
    </message>
    <message>
        <source>Digit 15 of a NIP is 1 (man) or 2 (woman), not %1.</source>
        <translation>Angka ke-15 NIP adalah 1 (pria) atau 2 (wanita), bukan %1.</translation>
    </message>
    <message>
        <source>The last 3 digits of a NIP (the serial) cannot be 000.</source>
        <translation>3 angka terakhir NIP (nomor urut) tidak boleh 000.</translation>
    </message>
    <message>
        <source>the year %1 is before 1900</source>
        <translation>tahun %1 sebelum 1900</translation>
    </message>
    <message>
        <source>the month "%1" is not a month</source>
        <translation>bulan "%1" bukan bulan</translation>
    </message>
    <message>
        <source>day %1 does not exist in that month</source>
        <translation>tanggal %1 tidak ada di bulan itu</translation>
    </message>
    <message>
        <source>The first 8 digits of a NIP are the birth date (YYYYMMDD); in %1 %2.</source>
        <translation>8 angka pertama NIP adalah tanggal lahir (TTTTBBHH); pada %1 %2.</translation>
    </message>
    <message>
        <source>Digits 13 and 14 of a NIP are the month of appointment; "%1" is not a month (01 to 12).</source>
        <translation>Angka ke-13 dan ke-14 NIP adalah bulan pengangkatan; "%1" bukan bulan (01 sampai 12).</translation>
    </message>
    <message>
        <source>Digits 9 to 12 of a NIP are the year of appointment; %1 is less than 15 years after the birth year %2.</source>
        <translation>Angka ke-9 sampai ke-12 NIP adalah tahun pengangkatan; %1 kurang dari 15 tahun setelah tahun lahir %2.</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <source>The password could not be kept in the system keyring (%1); Kolokasi will ask for it at each start, or put it in ~/.pgpass.</source>
        <translation>Kata sandi tidak dapat disimpan di keyring sistem (%1); Kolokasi akan menanyakannya setiap kali mulai, atau simpan di ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>PeopleNames</name>
    <message>
        <source>Retired</source>
        <translation>Dipensiunkan</translation>
    </message>
    <message>
        <source>PPPK</source>
        <translation>PPPK</translation>
    </message>
    <message>
        <source>PNS</source>
        <translation>PNS</translation>
    </message>
    <message>
        <source>NI PPPK</source>
        <translation>NI PPPK</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>The telephone number must be filled in.</source>
        <translation>Nomor telepon wajib diisi.</translation>
    </message>
    <message>
        <source>%1 is not an Indonesian telephone number (for example 0812 3456 7890 or (0231) 8330580).</source>
        <translation>%1 bukan nomor telepon Indonesia (contoh: 0812 3456 7890 atau (0231) 8330580).</translation>
    </message>
</context>
<context>
    <name>PlacementRepository</name>
    <message>
        <source>placement</source>
        <translation>penempatan</translation>
    </message>
</context>
<context>
    <name>PlacementRules</name>
    <message>
        <source>Server %1: the IP address %2 is listed twice.</source>
        <translation>Server %1: alamat IP %2 tercantum dua kali.</translation>
    </message>
    <message>
        <source>Server %1: choose a rack for the co-located server.</source>
        <translation>Server %1: pilih rak untuk server co-location.</translation>
    </message>
    <message>
        <source>Server %1: choose the NOC.</source>
        <translation>Server %1: pilih NOC.</translation>
    </message>
    <message>
        <source>Server %1: rack %2 is not in the chosen NOC.</source>
        <translation>Server %1: rak %2 tidak berada di NOC yang dipilih.</translation>
    </message>
    <message>
        <source>Server %1: units %2 to %3 do not fit in rack %4 (U 1 to %5).</source>
        <translation>Server %1: unit %2 sampai %3 tidak muat di rak %4 (U 1 sampai %5).</translation>
    </message>
    <message>
        <source>Server %1: units %2 to %3 of rack %4 overlap a placed server (U %5 to %6).</source>
        <translation>Server %1: unit %2 sampai %3 di rak %4 bertumpang tindih dengan server yang sudah ditempatkan (U %5 sampai %6).</translation>
    </message>
    <message>
        <source>Server %1: rack %2 would draw %3 W of its %4 W budget. Write a note to accept it.</source>
        <translation>Server %1: rak %2 akan memakai daya %3 W dari anggaran %4 W. Tulis catatan untuk menyetujuinya.</translation>
    </message>
    <message>
        <source>Server %1: the domain %2 is already in use by a placed server.</source>
        <translation>Server %1: domain %2 sudah dipakai oleh server yang ditempatkan.</translation>
    </message>
    <message>
        <source>Server %1: the serial number %2 belongs to a placed server.</source>
        <translation>Server %1: nomor seri %2 milik server yang sudah ditempatkan.</translation>
    </message>
    <message>
        <source>Server %1: %2</source>
        <translation>Server %1: %2</translation>
    </message>
    <message>
        <source>Server %1: the IP address %2 is already given to a placed server.</source>
        <translation>Server %1: alamat IP %2 sudah diberikan kepada server yang ditempatkan.</translation>
    </message>
    <message>
        <source>Server %1: the public IP address %2 is not in a public IP pool.</source>
        <translation>Server %1: alamat IP publik %2 tidak termasuk dalam pool IP publik.</translation>
    </message>
    <message>
        <source>Server %1: rack %2 is retired; choose a rack in service.</source>
        <translation>Server %1: rak %2 sudah dipensiunkan; pilih rak yang masih aktif.</translation>
    </message>
    <message>
        <source>Server %1: %2 is the gateway of the pool %3.</source>
        <translation>Server %1: %2 adalah gateway pool %3.</translation>
    </message>
</context>
<context>
    <name>PoolAddresses</name>
    <message>
        <source>The gateway must be an address inside %1.</source>
        <translation>Gateway harus alamat di dalam %1.</translation>
    </message>
</context>
<context>
    <name>PostgresBackup</name>
    <message>
        <source>%1 is not a Kolokasi backup of a PostgreSQL database, so nothing was restored; choose a backup Kolokasi made.</source>
        <translation>%1 bukan cadangan Kolokasi dari basis data PostgreSQL sehingga tidak ada yang dipulihkan; pilih cadangan yang dibuat Kolokasi.</translation>
    </message>
    <message>
        <source>The PostgreSQL program %1 is not installed, so a PostgreSQL database cannot be backed up or restored; install the Debian package postgresql-client.</source>
        <translation>Program PostgreSQL %1 belum terpasang sehingga basis data PostgreSQL tidak dapat dicadangkan atau dipulihkan; pasang paket Debian postgresql-client.</translation>
    </message>
    <message>
        <source>pg_dump could not back up the database %1, so nothing was written; run Kolokasi with --verbose to see why.</source>
        <translation>pg_dump tidak dapat mencadangkan basis data %1 sehingga tidak ada yang ditulis; jalankan Kolokasi dengan --verbose untuk melihat sebabnya.</translation>
    </message>
    <message>
        <source>Could not write the backup %1; check the free disk space.</source>
        <translation>Cadangan %1 tidak dapat ditulis; periksa ruang kosong disk.</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist; choose the backup file to restore.</source>
        <translation>Berkas cadangan %1 tidak ada; pilih berkas cadangan yang akan dipulihkan.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (it cannot be read to its end), so nothing was restored; choose another backup.</source>
        <translation>Cadangan %1 rusak (tidak dapat dibaca sampai akhir) sehingga tidak ada yang dipulihkan; pilih cadangan lain.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer Kolokasi (schema version %2; this program knows up to version %3), so nothing was restored; update Kolokasi first.</source>
        <translation>Cadangan %1 dibuat oleh Kolokasi yang lebih baru (skema versi %2; program ini mengenal sampai versi %3) sehingga tidak ada yang dipulihkan; perbarui Kolokasi terlebih dahulu.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 to keep the current database aside, so nothing was restored.</source>
        <translation>Folder %1 untuk menyimpan basis data saat ini tidak dapat dibuat sehingga tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <source>pg_restore could not restore into the database %1, so it was left as it was; run Kolokasi with --verbose to see why.</source>
        <translation>pg_restore tidak dapat memulihkan ke basis data %1 sehingga basis data dibiarkan seperti semula; jalankan Kolokasi dengan --verbose untuk melihat sebabnya.</translation>
    </message>
</context>
<context>
    <name>PppkNumber</name>
    <message>
        <source>The PPPK number must be filled in.</source>
        <translation>NI PPPK wajib diisi.</translation>
    </message>
    <message>
        <source>A PPPK number has 18 digits (for example 19920315 202121 2 001); this one has %1.</source>
        <translation>NI PPPK terdiri atas 18 angka (contoh: 19920315 202121 2 001); yang ini %1 angka.</translation>
    </message>
    <message>
        <source>The first 8 digits of a PPPK number are the birth date (YYYYMMDD); %1 is not a date.</source>
        <translation>8 angka pertama NI PPPK adalah tanggal lahir (TTTTBBHH); %1 bukan tanggal yang sah.</translation>
    </message>
    <message>
        <source>Digits 9 to 12 of a PPPK number are the appointment year, at least 15 years after birth; %1 is not.</source>
        <translation>Angka ke-9 sampai ke-12 NI PPPK adalah tahun pengangkatan, paling cepat 15 tahun setelah lahir; %1 tidak memenuhi.</translation>
    </message>
    <message>
        <source>Digit 15 of a PPPK number is 1 (man) or 2 (woman), not %1.</source>
        <translation>Angka ke-15 NI PPPK adalah 1 (pria) atau 2 (wanita), bukan %1.</translation>
    </message>
    <message>
        <source>The last 3 digits of a PPPK number (the serial) cannot be 000.</source>
        <translation>3 angka terakhir NI PPPK (nomor urut) tidak boleh 000.</translation>
    </message>
    <message>
        <source>Digits 9 to 12 of a PPPK number are the appointment year, %1 or later (the first PPPK intake); %2 is earlier.</source>
        <translation>Angka ke-9 sampai ke-12 nomor PPPK adalah tahun pengangkatan, %1 atau sesudahnya (angkatan PPPK pertama); %2 lebih awal.</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>the document to print</source>
        <translation>dokumen yang akan dicetak</translation>
    </message>
    <message>
        <source>the request's number</source>
        <translation>nomor permohonan</translation>
    </message>
    <message>
        <source>write a PDF file instead of printing</source>
        <translation>tulis berkas PDF alih-alih mencetak</translation>
    </message>
    <message>
        <source>the empty form, to fill in by hand</source>
        <translation>formulir kosong, untuk diisi dengan tangan</translation>
    </message>
    <message>
        <source>read the host admin password from standard input</source>
        <translation>baca kata sandi admin host dari masukan standar</translation>
    </message>
    <message>
        <source>rak, register: the NOC</source>
        <translation>rak, register: NOC</translation>
    </message>
    <message>
        <source>rak: the rack</source>
        <translation>rak: rak yang dicetak</translation>
    </message>
    <message>
        <source>register: the unit</source>
        <translation>register: unit</translation>
    </message>
    <message>
        <source>register: active or withdrawn</source>
        <translation>register: active (aktif) atau withdrawn (dicabut)</translation>
    </message>
    <message>
        <source>Name one document to print.</source>
        <translation>Sebutkan satu dokumen yang akan dicetak.</translation>
    </message>
    <message>
        <source>Unknown document: %1.</source>
        <translation>Dokumen tidak dikenal: %1.</translation>
    </message>
    <message>
        <source>Unknown paper size %1: use A4 or F4.</source>
        <translation>Ukuran kertas %1 tidak dikenal: gunakan A4 atau F4.</translation>
    </message>
    <message>
        <source>Only the four forms have a blank version; %1 has none.</source>
        <translation>Hanya keempat formulir yang memiliki versi kosong; %1 tidak memilikinya.</translation>
    </message>
    <message>
        <source>Give the request's number with --request.</source>
        <translation>Berikan nomor permohonan dengan --request.</translation>
    </message>
    <message>
        <source>Unknown status %1: use active or withdrawn.</source>
        <translation>Status %1 tidak dikenal: gunakan active atau withdrawn.</translation>
    </message>
    <message>
        <source>There is no default printer. Give --output to write a PDF file.</source>
        <translation>Tidak ada printer bawaan. Berikan --output untuk menulis berkas PDF.</translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation>printer bawaan</translation>
    </message>
    <message>
        <source>Printed %1 to %2.</source>
        <translation>%1 dicetak ke %2.</translation>
    </message>
    <message>
        <source>Printed %1 number %2 to %3.</source>
        <translation>%1 nomor %2 dicetak ke %3.</translation>
    </message>
    <message>
        <source>paper size: A4 or F4 (default: the database's setting)</source>
        <translation>ukuran kertas: A4 atau F4 (bawaan: pengaturan basis data)</translation>
    </message>
    <message>
        <source>peninjauan: the review's number</source>
        <translation>peninjauan: nomor peninjauan</translation>
    </message>
    <message>
        <source>Give the review's number with --review.</source>
        <translation>Berikan nomor peninjauan dengan --review.</translation>
    </message>
    <message>
        <source>print a form, letter, report, the register, a rack or a review</source>
        <translation>cetak formulir, surat, laporan, aset register, rak atau peninjauan</translation>
    </message>
    <message>
        <source>Usage:
  kolokasi [--database F] print &lt;document&gt; --request &lt;id&gt; [--paper A4|F4] [--output file.pdf]
           [--admin-password-stdin]
  kolokasi [--database F] print &lt;form&gt; --blank [--paper A4|F4] [--output file.pdf]
  kolokasi [--database F] print rak (--noc &lt;name&gt; | --rack &lt;name&gt;) [--output file.pdf]
  kolokasi [--database F] print register [--noc N] [--unit U] [--status active|withdrawn]
  kolokasi [--database F] print peninjauan --review &lt;id&gt; [--paper A4|F4] [--output file.pdf]
Documents: pengajuan, persetujuan, serah-terima, pencabutan (forms, also --blank), kapasitas,
  pemberitahuan, laporan-selesai, register, rak, peninjauan. Without --output: the default printer.</source>
        <translation>Penggunaan:
  kolokasi [--database F] print &lt;dokumen&gt; --request &lt;id&gt; [--paper A4|F4] [--output berkas.pdf]
           [--admin-password-stdin]
  kolokasi [--database F] print &lt;formulir&gt; --blank [--paper A4|F4] [--output berkas.pdf]
  kolokasi [--database F] print rak (--noc &lt;nama&gt; | --rack &lt;nama&gt;) [--output berkas.pdf]
  kolokasi [--database F] print register [--noc N] [--unit U] [--status active|withdrawn]
  kolokasi [--database F] print peninjauan --review &lt;id&gt; [--paper A4|F4] [--output berkas.pdf]
Dokumen: pengajuan, persetujuan, serah-terima, pencabutan (formulir, juga --blank), kapasitas,
  pemberitahuan, laporan-selesai, register, rak, peninjauan. Tanpa --output: printer bawaan.</translation>
    </message>
</context>
<context>
    <name>PrintDataRepository</name>
    <message>
        <source>There is no NOC named %1.</source>
        <translation>Tidak ada NOC bernama %1.</translation>
    </message>
    <message>
        <source>There is no rack named %1.</source>
        <translation>Tidak ada rak bernama %1.</translation>
    </message>
    <message>
        <source>Several NOCs have a rack named %1: name the NOC too.</source>
        <translation>Beberapa NOC memiliki rak bernama %1: sebutkan juga NOC-nya.</translation>
    </message>
</context>
<context>
    <name>RackBlockPainter</name>
    <message>
        <source>Reserved</source>
        <translation>Dipesan</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>Melebihi batas</translation>
    </message>
    <message>
        <source>Nearly full</source>
        <translation>Hampir penuh</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Penuh</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <source>%1: give the file name the ending .csv or .xlsx, so Kolokasi knows what to write.</source>
        <translation>%1: beri nama berkas akhiran .csv atau .xlsx, agar Kolokasi tahu apa yang harus ditulis.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 tidak dapat ditulis.</translation>
    </message>
</context>
<context>
    <name>RegisterFields</name>
    <message>
        <source>Register number</source>
        <translation>Nomor register</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nama Server</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>Penanggung Jawab</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Jenis layanan</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Alamat IP</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>S/N server</translation>
    </message>
    <message>
        <source>Type and brand</source>
        <translation>Tipe &amp; merk</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Prosesor</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Motherboard</source>
        <translation>Motherboard</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>PSU</source>
        <translation>PSU</translation>
    </message>
    <message>
        <source>NOC</source>
        <translation>NOC</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Rak</translation>
    </message>
    <message>
        <source>First U</source>
        <translation>U awal</translation>
    </message>
    <message>
        <source>Height in U</source>
        <translation>Tinggi (U)</translation>
    </message>
    <message>
        <source>Power (W)</source>
        <translation>Daya (W)</translation>
    </message>
    <message>
        <source>Installation date</source>
        <translation>Tanggal pasang</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Peninjauan terakhir</translation>
    </message>
    <message>
        <source>Location (rack / U)</source>
        <translation>Lokasi (rak / U)</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>The register number %1 is already in the register.</source>
        <translation>Nomor register %1 sudah ada di register.</translation>
    </message>
    <message>
        <source>The NIP %1 belongs to %2 of another unit.</source>
        <translation>NIP %1 milik %2 dari unit lain.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty; fill it in.</source>
        <translation>%1 kosong; isilah.</translation>
    </message>
    <message>
        <source>The officer with NIP %1 is not known yet: fill in the name.</source>
        <translation>Pegawai dengan NIP %1 belum dikenal: isi namanya.</translation>
    </message>
    <message>
        <source>There is no NOC called "%1". Add it under Data centre first, or correct the name.</source>
        <translation>Tidak ada NOC bernama "%1". Tambahkan dulu di Data Center, atau perbaiki namanya.</translation>
    </message>
    <message>
        <source>NOC %1 has no rack called "%2". Add the rack first, or correct the name.</source>
        <translation>NOC %1 tidak memiliki rak bernama "%2". Tambahkan raknya dulu, atau perbaiki namanya.</translation>
    </message>
    <message>
        <source>"%1" is not a service type: write kolokasi (co-location) or hosting.</source>
        <translation>"%1" bukan jenis layanan: tulis kolokasi atau hosting.</translation>
    </message>
    <message>
        <source>Only active assets can be imported; this row's status is "%1". Leave the row out.</source>
        <translation>Hanya aset aktif yang dapat diimpor; status baris ini "%1". Keluarkan baris ini.</translation>
    </message>
    <message>
        <source>The server is in rack %1: fill in its first U.</source>
        <translation>Server berada di rak %1: isi U awalnya.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least %2, not "%3".</source>
        <translation>%1 harus bilangan bulat paling sedikit %2, bukan "%3".</translation>
    </message>
    <message>
        <source>%1 is empty: there is no header and no asset to import.</source>
        <translation>%1 kosong: tidak ada judul kolom dan tidak ada aset untuk diimpor.</translation>
    </message>
    <message>
        <source>The NIP "%1" was stored by the spreadsheet as a number and lost its last digits. Format the %2 column as Text, type the NIPs again and import the file again.</source>
        <translation>NIP "%1" disimpan spreadsheet sebagai angka dan kehilangan angka terakhirnya. Format kolom %2 sebagai Teks, ketik ulang NIP-nya, lalu impor berkas lagi.</translation>
    </message>
    <message>
        <source>"%1" is not a location: write the rack and the U, for example "Rak R01 / U 5-6".</source>
        <translation>"%1" bukan lokasi: tulis rak dan U-nya, misalnya "Rak R01 / U 5-6".</translation>
    </message>
    <message>
        <source>The service type is empty and the file has no rack column, so it cannot be told whether the server is co-located or hosted. Fill in %1 (kolokasi or hosting), or add the rack and U columns.</source>
        <translation>Jenis layanan kosong dan berkas tidak punya kolom rak, jadi tidak dapat diketahui apakah server dikolokasikan atau di-hosting. Isi %1 (kolokasi atau hosting), atau tambahkan kolom rak dan U.</translation>
    </message>
    <message>
        <source>%1 must be the power in watts, for example 450, 450 W or 0,45 kW; not "%2".</source>
        <translation>%1 harus daya dalam watt, misalnya 450, 450 W atau 0,45 kW; bukan "%2".</translation>
    </message>
    <message>
        <source>%1 has a header (row %2) but no asset rows below it.</source>
        <translation>%1 punya judul kolom (baris %2) tetapi tidak ada baris aset di bawahnya.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Baris %1, kolom %2: %3</translation>
    </message>
</context>
<context>
    <name>RegisterViewFilter</name>
    <message>
        <source>There is no NOC named %1.</source>
        <translation>Tidak ada NOC bernama %1.</translation>
    </message>
    <message>
        <source>There is no unit named %1.</source>
        <translation>Tidak ada unit bernama %1.</translation>
    </message>
    <message>
        <source>Unknown status %1: use active or withdrawn.</source>
        <translation>Status %1 tidak dikenal: gunakan active atau withdrawn.</translation>
    </message>
</context>
<context>
    <name>RequestLetterStep</name>
    <message>
        <source>A request names at least one server.</source>
        <translation>Permohonan mencantumkan sekurang-kurangnya satu server.</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nama Server</translation>
    </message>
    <message>
        <source>Server %1: a co-located server takes at least 1 U.</source>
        <translation>Server %1: server co-location menempati sekurang-kurangnya 1 U.</translation>
    </message>
    <message>
        <source>Server %1: rack units cannot be negative.</source>
        <translation>Server %1: unit rak tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Server %1: power cannot be negative.</source>
        <translation>Server %1: daya tidak boleh negatif.</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Perihal</translation>
    </message>
</context>
<context>
    <name>RequestNames</name>
    <message>
        <source>Hosting</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <source>Co-location</source>
        <translation>Co-location</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Closed: no capacity</source>
        <translation>Ditutup: kapasitas tidak tersedia</translation>
    </message>
    <message>
        <source>Closed: rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Closed: cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Pencabutan</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Penempatan</translation>
    </message>
</context>
<context>
    <name>RequestRepository</name>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>request</source>
        <translation>permohonan</translation>
    </message>
    <message>
        <source>The request was changed meanwhile; reload it and try again.</source>
        <translation>Permohonan telah diubah oleh pengguna lain; muat ulang lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>RequestTransition</name>
    <message>
        <source>This request is already closed (%1).</source>
        <translation>Permohonan ini sudah ditutup (%1).</translation>
    </message>
    <message>
        <source>This action is not part of a withdrawal request.</source>
        <translation>Tindakan ini bukan bagian dari permohonan pencabutan.</translation>
    </message>
    <message>
        <source>This action is not part of a placement request.</source>
        <translation>Tindakan ini bukan bagian dari permohonan penempatan.</translation>
    </message>
    <message>
        <source>This request is at step %1 (%2); this action needs it at step %3 (%4). Steps go in order.</source>
        <translation>Permohonan ini berada pada tahap %1 (%2); tindakan ini memerlukan tahap %3 (%4). Tahapan berjalan berurutan.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>terbuka</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>closed: no capacity</source>
        <translation>ditutup: kapasitas tidak tersedia</translation>
    </message>
    <message>
        <source>closed: rejected</source>
        <translation>ditutup: ditolak</translation>
    </message>
    <message>
        <source>closed: cancelled</source>
        <translation>ditutup: dibatalkan</translation>
    </message>
</context>
<context>
    <name>Required</name>
    <message>
        <source>%1 must be filled in.</source>
        <translation>%1 wajib diisi.</translation>
    </message>
    <message>
        <source>Choose the %1.</source>
        <translation>Pilih %1.</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>check a backup and put it in place of the database, keeping the old one aside</source>
        <translation>periksa cadangan dan pasang sebagai pengganti basis data, basis data lama disimpan terpisah</translation>
    </message>
    <message>
        <source>Usage: kolokasi --database LOCATION restore IN</source>
        <translation>Pemakaian: kolokasi --database LOKASI restore MASUKAN</translation>
    </message>
    <message>
        <source>Name the backup file to restore.</source>
        <translation>Sebutkan berkas cadangan yang akan dipulihkan.</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>%1 telah dipulihkan ke %2.</translation>
    </message>
    <message>
        <source>The replaced database was kept as %1.</source>
        <translation>Basis data yang diganti disimpan sebagai %1.</translation>
    </message>
</context>
<context>
    <name>RetiredRecords</name>
    <message>
        <source>Retired</source>
        <translation>Dipensiunkan</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>Aktif</translation>
    </message>
</context>
<context>
    <name>ReviewProcess</name>
    <message>
        <source>Enter the date of the review.</source>
        <translation>Isi tanggal peninjauan.</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Peninjau</translation>
    </message>
    <message>
        <source>The review of %1 by %2 is not finished yet; continue it instead of starting a new one.</source>
        <translation>Peninjauan tanggal %1 oleh %2 belum selesai; lanjutkan peninjauan itu, jangan memulai yang baru.</translation>
    </message>
    <message>
        <source>Note (what does not match)</source>
        <translation>Catatan (apa yang tidak sesuai)</translation>
    </message>
    <message>
        <source>Review of %1: %2</source>
        <translation>Peninjauan %1: %2</translation>
    </message>
</context>
<context>
    <name>ReviewRepository</name>
    <message>
        <source>review</source>
        <translation>peninjauan</translation>
    </message>
    <message>
        <source>This review is already finished; start a new one to change findings.</source>
        <translation>Peninjauan ini sudah selesai; mulai peninjauan baru untuk mengubah temuan.</translation>
    </message>
    <message>
        <source>Another admin changed this finding meanwhile; reload the review and try again.</source>
        <translation>Admin lain telah mengubah temuan ini; muat ulang peninjauan lalu coba lagi.</translation>
    </message>
    <message>
        <source>This review is already finished.</source>
        <translation>Peninjauan ini sudah selesai.</translation>
    </message>
    <message>
        <source>The review was changed meanwhile; reload it and try again.</source>
        <translation>Peninjauan telah diubah orang lain; muat ulang lalu coba lagi.</translation>
    </message>
    <message>
        <source>review finding</source>
        <translation>temuan peninjauan</translation>
    </message>
</context>
<context>
    <name>ServerRepository</name>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
</context>
<context>
    <name>ServiceStateBadge</name>
    <message>
        <source>on time</source>
        <translation>Tepat waktu</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>Segera jatuh tempo</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>Terlambat</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Government name</source>
        <translation>Nama pemerintah daerah</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nama dinas</translation>
    </message>
    <message>
        <source>No signatory has been set for the role %1.</source>
        <translation>Penanda tangan untuk jabatan %1 belum diatur.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Choose the date of the holiday.</source>
        <translation>Pilih tanggal hari libur.</translation>
    </message>
    <message>
        <source>Holiday name</source>
        <translation>Nama hari libur</translation>
    </message>
    <message>
        <source>%1 is not in the list of holidays.</source>
        <translation>%1 tidak ada dalam daftar hari libur.</translation>
    </message>
    <message>
        <source>Office hours must end after they start.</source>
        <translation>Jam kantor harus berakhir setelah dimulai.</translation>
    </message>
    <message>
        <source>Acting must be empty, Plt. (pelaksana tugas) or Plh. (pelaksana harian).</source>
        <translation>Kolom pelaksana harus kosong, Plt. (pelaksana tugas) atau Plh. (pelaksana harian).</translation>
    </message>
    <message>
        <source>Another admin changed these settings meanwhile; reload them and enter your change again.</source>
        <translation>Admin lain telah mengubah pengaturan ini; muat ulang lalu masukkan perubahan Anda lagi.</translation>
    </message>
    <message>
        <source>Every holiday needs a date and a name.</source>
        <translation>Setiap hari libur perlu tanggal dan nama.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Pilih sedikitnya satu hari kerja.</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>penanda tangan</translation>
    </message>
</context>
<context>
    <name>SopSteps</name>
    <message>
        <source>request letter</source>
        <translation>surat permohonan</translation>
    </message>
    <message>
        <source>disposition</source>
        <translation>disposisi</translation>
    </message>
    <message>
        <source>capacity check</source>
        <translation>cek kapasitas</translation>
    </message>
    <message>
        <source>application form</source>
        <translation>form pengajuan</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>persetujuan</translation>
    </message>
    <message>
        <source>notification of the unit</source>
        <translation>pemberitahuan kepada unit</translation>
    </message>
    <message>
        <source>server delivery</source>
        <translation>pengantaran server</translation>
    </message>
    <message>
        <source>handover</source>
        <translation>serah terima</translation>
    </message>
    <message>
        <source>completion report</source>
        <translation>laporan selesai</translation>
    </message>
</context>
<context>
    <name>SpreadsheetReader</name>
    <message>
        <source>%1 cannot be opened (%2). Check the file name and that you may read it.</source>
        <translation>%1 tidak dapat dibuka (%2). Periksa nama berkas dan hak baca Anda.</translation>
    </message>
    <message>
        <source>%1 is an old Excel (.xls) file. Open it in the spreadsheet program, save it as .xlsx or CSV and try again.</source>
        <translation>%1 adalah berkas Excel lama (.xls). Buka di program lembar kerja, simpan sebagai .xlsx atau CSV, lalu coba lagi.</translation>
    </message>
    <message>
        <source>%1 is not an Excel (.xlsx) workbook. Save it from the spreadsheet program as .xlsx or CSV and try again.</source>
        <translation>%1 bukan buku kerja Excel (.xlsx). Simpan dari program lembar kerja sebagai .xlsx atau CSV, lalu coba lagi.</translation>
    </message>
    <message>
        <source>%1 is a CSV file, which has no sheets: leave out the sheet name.</source>
        <translation>%1 adalah berkas CSV yang tidak memiliki lembar: jangan sebutkan nama lembar.</translation>
    </message>
</context>
<context>
    <name>SqliteBackup</name>
    <message>
        <source>%1 is not a Kolokasi backup, so nothing was restored; choose a backup file Kolokasi made.</source>
        <translation>%1 bukan cadangan Kolokasi sehingga tidak ada yang dipulihkan; pilih berkas cadangan yang dibuat Kolokasi.</translation>
    </message>
    <message>
        <source>Could not write the backup %1, so nothing was written there; check the free disk space and your right to write in its folder.</source>
        <translation>Cadangan %1 tidak dapat ditulis sehingga tidak ada yang ditulis di sana; periksa ruang kosong disk dan hak Anda menulis di foldernya.</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist; choose the backup file to restore.</source>
        <translation>Berkas cadangan %1 tidak ada; pilih berkas cadangan yang akan dipulihkan.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (its integrity check failed), so nothing was restored; choose another backup.</source>
        <translation>Cadangan %1 rusak (pemeriksaan keutuhannya gagal) sehingga tidak ada yang dipulihkan; pilih cadangan lain.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer Kolokasi (schema version %2; this program knows up to version %3), so nothing was restored; update Kolokasi first.</source>
        <translation>Cadangan %1 dibuat oleh Kolokasi yang lebih baru (skema versi %2; program ini mengenal sampai versi %3) sehingga tidak ada yang dipulihkan; perbarui Kolokasi terlebih dahulu.</translation>
    </message>
    <message>
        <source>Could not restore into the database %1, so it was left as it was; close other programs that use it and try again.</source>
        <translation>Pemulihan ke basis data %1 gagal sehingga basis data dibiarkan seperti semula; tutup program lain yang memakainya lalu coba lagi.</translation>
    </message>
    <message>
        <source>Could not keep the current database aside as %1, so nothing was restored; check the free disk space and your right to write there.</source>
        <translation>Basis data saat ini tidak dapat disimpan sebagai %1 sehingga tidak ada yang dipulihkan; periksa ruang kosong disk dan hak Anda menulis di sana.</translation>
    </message>
    <message>
        <source>Cannot read the backup file %1 or make a working copy of it; check that you may read the file and the free disk space.</source>
        <translation>Berkas cadangan %1 tidak dapat dibaca atau tidak dapat disalin untuk diperiksa; periksa bahwa Anda boleh membaca berkas itu dan ruang kosong disk.</translation>
    </message>
    <message>
        <source>The protection of the audit log in the backup %1 was removed, so its history cannot be trusted and nothing was restored; choose another backup.</source>
        <translation>Perlindungan log audit pada cadangan %1 telah dihapus, sehingga riwayatnya tidak dapat dipercaya dan tidak ada yang dipulihkan; pilih cadangan lain.</translation>
    </message>
    <message>
        <source>The backup %1 is not a database Kolokasi can open, so nothing was restored; choose another backup.</source>
        <translation>Cadangan %1 bukan basis data yang dapat dibuka Kolokasi, sehingga tidak ada yang dipulihkan; pilih cadangan lain.</translation>
    </message>
</context>
<context>
    <name>StepPages</name>
    <message>
        <source>Step 1: Request letter</source>
        <translation>Langkah 1: Surat permohonan</translation>
    </message>
    <message>
        <source>Step 2: Disposition</source>
        <translation>Langkah 2: Disposisi</translation>
    </message>
    <message>
        <source>Step 3: Capacity check</source>
        <translation>Langkah 3: Cek kapasitas</translation>
    </message>
    <message>
        <source>Step 4: Application form (pengajuan)</source>
        <translation>Langkah 4: Form pengajuan</translation>
    </message>
    <message>
        <source>Step 5: Approval form (persetujuan)</source>
        <translation>Langkah 5: Form persetujuan</translation>
    </message>
    <message>
        <source>Step 6: Notification of the unit</source>
        <translation>Langkah 6: Pemberitahuan kepada unit</translation>
    </message>
    <message>
        <source>Step 7: Delivery of the server</source>
        <translation>Langkah 7: Penyerahan server</translation>
    </message>
    <message>
        <source>Step 8: Handover (serah terima)</source>
        <translation>Langkah 8: Serah terima</translation>
    </message>
    <message>
        <source>Step 9: Completion report</source>
        <translation>Langkah 9: Laporan selesai</translation>
    </message>
    <message>
        <source>Withdrawal (pencabutan): the unit's letter</source>
        <translation>Pencabutan: surat dari unit</translation>
    </message>
    <message>
        <source>Withdrawal (pencabutan): decision of the head of division</source>
        <translation>Pencabutan: keputusan Kepala Bidang</translation>
    </message>
    <message>
        <source>Withdrawal (pencabutan): completion</source>
        <translation>Pencabutan: penyelesaian</translation>
    </message>
</context>
<context>
    <name>StepRepository</name>
    <message>
        <source>disposition</source>
        <translation>disposisi</translation>
    </message>
    <message>
        <source>capacity check</source>
        <translation>cek kapasitas</translation>
    </message>
    <message>
        <source>application form</source>
        <translation>form pengajuan</translation>
    </message>
    <message>
        <source>approval form</source>
        <translation>form persetujuan</translation>
    </message>
    <message>
        <source>step report</source>
        <translation>laporan tahap</translation>
    </message>
    <message>
        <source>handover record</source>
        <translation>berita acara serah terima</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>No %1 with number %2.</source>
        <translation>Tidak ada %1 dengan nomor %2.</translation>
    </message>
    <message>
        <source>Another admin changed this %1 meanwhile; reload it and try again.</source>
        <translation>Admin lain telah mengubah %1 ini; muat ulang lalu coba lagi.</translation>
    </message>
    <message>
        <source>The %1 %2 is retired and can no longer be changed.</source>
        <translation>Data %1 %2 sudah dipensiunkan dan tidak dapat diubah lagi.</translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>%1 must be one line; remove the line break.</source>
        <translation>%1 harus satu baris; hapus pemisah barisnya.</translation>
    </message>
    <message>
        <source>%1 contains a control or text-direction character (%2) that would garble the printouts; remove it.</source>
        <translation>%1 berisi karakter kendali atau arah teks (%2) yang akan mengacaukan cetakan; hapus karakter itu.</translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most %3 are allowed, so shorten it.</source>
        <translation>%1 berisi %2 karakter; paling banyak %3 yang diizinkan, jadi persingkat.</translation>
    </message>
</context>
<context>
    <name>UnitRepository</name>
    <message>
        <source>Unit name</source>
        <translation>Nama unit</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>pejabat</translation>
    </message>
</context>
<context>
    <name>WithdrawalProcess</name>
    <message>
        <source>Considerations</source>
        <translation>Pertimbangan</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Aset</translation>
    </message>
    <message>
        <source>Asset %1 is already withdrawn.</source>
        <translation>Aset %1 sudah dicabut.</translation>
    </message>
    <message>
        <source>Asset %1 already has an open withdrawal request.</source>
        <translation>Aset %1 sudah memiliki permohonan pencabutan yang sedang diproses.</translation>
    </message>
</context>
<context>
    <name>WithdrawalRepository</name>
    <message>
        <source>withdrawal</source>
        <translation>pencabutan</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is not an Excel (.xlsx) workbook. Save it from the spreadsheet program as .xlsx or CSV and try again.</source>
        <translation>%1 bukan buku kerja Excel (.xlsx). Simpan dari program lembar kerja sebagai .xlsx atau CSV, lalu coba lagi.</translation>
    </message>
    <message>
        <source>the part %1 is missing</source>
        <translation>bagian %1 tidak ada</translation>
    </message>
    <message>
        <source>the part %1 cannot be read</source>
        <translation>bagian %1 tidak dapat dibaca</translation>
    </message>
    <message>
        <source>the part %1 is damaged</source>
        <translation>bagian %1 rusak</translation>
    </message>
    <message>
        <source>the list of sheets cannot be read</source>
        <translation>daftar lembar tidak dapat dibaca</translation>
    </message>
    <message>
        <source>%1 has no sheet called "%2". Its sheets are: %3.</source>
        <translation>%1 tidak memiliki lembar bernama "%2". Lembar yang ada: %3.</translation>
    </message>
    <message>
        <source>the sheet %1 cannot be found</source>
        <translation>lembar %1 tidak ditemukan</translation>
    </message>
    <message>
        <source>the shared strings cannot be read</source>
        <translation>teks bersama tidak dapat dibaca</translation>
    </message>
    <message>
        <source>the cell styles cannot be read</source>
        <translation>gaya sel tidak dapat dibaca</translation>
    </message>
    <message>
        <source>cell %1 refers to a missing text</source>
        <translation>sel %1 merujuk ke teks yang tidak ada</translation>
    </message>
    <message>
        <source>the sheet cannot be read (%1)</source>
        <translation>lembar tidak dapat dibaca (%1)</translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel workbook: %2. Open it in the spreadsheet program, save it again as .xlsx and retry.</source>
        <translation>%1 tidak dapat dibaca sebagai buku kerja Excel: %2. Buka di program lembar kerja, simpan lagi sebagai .xlsx, lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>%1 could not be created.</source>
        <translation>%1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Choose another folder or file name.</source>
        <translation>%1 tidak dapat ditulis (%2). Pilih folder atau nama berkas lain.</translation>
    </message>
    <message>
        <source>Cell %1%2 (%3) had %4 characters, more than Excel's %5: it was cut and ends in "%6".</source>
        <translation>Sel %1%2 (%3) berisi %4 karakter, lebih dari batas Excel %5: isinya dipotong dan diakhiri "%6".</translation>
    </message>
    <message>
        <source>Cell %1%2 (%3) cannot be written to %4 (%5), so the file was not written.</source>
        <translation>Sel %1%2 (%3) tidak dapat ditulis ke %4 (%5), sehingga berkas tidak ditulis.</translation>
    </message>
</context>
<context>
    <name>kolokasi::AdminChooser</name>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Who is working? Every step you record carries this name.</source>
        <translation>Siapa yang bertugas? Setiap langkah yang dicatat memuat nama ini.</translation>
    </message>
    <message>
        <source>Admin:</source>
        <translation>Admin:</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>No data-centre officer is recorded yet: add one in Settings › Signatories. Until then, type your name.</source>
        <translation>Belum ada personil pusat data yang tercatat: tambahkan di Pengaturan › Penandatangan. Sampai saat itu, ketik nama Anda.</translation>
    </message>
</context>
<context>
    <name>kolokasi::AgencyProfileEditor</name>
    <message>
        <source>Remove logo</source>
        <translation>Hapus logo</translation>
    </message>
    <message>
        <source>Government name:</source>
        <translation>Nama pemerintah daerah:</translation>
    </message>
    <message>
        <source>Enter the government name, e.g. PEMERINTAH KABUPATEN CIREBON.</source>
        <translation>Isi nama pemerintah daerah, misalnya PEMERINTAH KABUPATEN CIREBON.</translation>
    </message>
    <message>
        <source>Office name:</source>
        <translation>Nama dinas:</translation>
    </message>
    <message>
        <source>Enter the office name, e.g. DINAS KOMUNIKASI DAN INFORMATIKA.</source>
        <translation>Isi nama dinas, misalnya DINAS KOMUNIKASI DAN INFORMATIKA.</translation>
    </message>
    <message>
        <source>Division:</source>
        <translation>Bidang:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <source>Telephone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Situs web:</translation>
    </message>
    <message>
        <source>City of the date line:</source>
        <translation>Kota pada baris tanggal:</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Pilih logo…</translation>
    </message>
    <message>
        <source>PNG, JPEG or SVG, at most 2 MB; kept in the database.</source>
        <translation>PNG, JPEG, atau SVG, paling besar 2 MB; disimpan di basis data.</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Letterhead preview (as printed)</source>
        <translation>Pratinjau kop surat (seperti dicetak)</translation>
    </message>
    <message>
        <source>Agency and letterhead</source>
        <translation>Instansi dan kop surat</translation>
    </message>
    <message>
        <source>The agency profile and letterhead were saved; printouts use them from now on.</source>
        <translation>Profil instansi dan kop surat tersimpan; cetakan memakainya mulai sekarang.</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Pilih logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
</context>
<context>
    <name>kolokasi::ApplicationStepPage</name>
    <message>
        <source>e.g. 0812-2345-6789 or (0231) 8330580</source>
        <translation>mis. 0812-2345-6789 atau (0231) 8330580</translation>
    </message>
    <message>
        <source>e.g. simpeg.cirebonkab.go.id</source>
        <translation>mis. simpeg.cirebonkab.go.id</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Permanen</translation>
    </message>
    <message>
        <source>Not permanent, until</source>
        <translation>Tidak permanen, sampai</translation>
    </message>
    <message>
        <source>Unit name:</source>
        <translation>Nama Unit:</translation>
    </message>
    <message>
        <source>Responsible officer:</source>
        <translation>Penanggung Jawab:</translation>
    </message>
    <message>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <source>Unit address:</source>
        <translation>Alamat Unit:</translation>
    </message>
    <message>
        <source>Contact number:</source>
        <translation>Kontak Number:</translation>
    </message>
    <message>
        <source>Domain name:</source>
        <translation>Nama Domain:</translation>
    </message>
    <message>
        <source>Domain active date:</source>
        <translation>Tanggal Aktif Domain:</translation>
    </message>
    <message>
        <source>Co-location validity:</source>
        <translation>Masa Berlaku Co-location:</translation>
    </message>
</context>
<context>
    <name>kolokasi::ApprovalStepPage</name>
    <message>
        <source>Approves</source>
        <translation>Menyetujui</translation>
    </message>
    <message>
        <source>Rejects</source>
        <translation>Menolak</translation>
    </message>
    <message>
        <source>e.g. Data Center Diskominfo</source>
        <translation>mis. Data Center Diskominfo</translation>
    </message>
    <message>
        <source>Domain name:</source>
        <translation>Nama Domain:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Keputusan:</translation>
    </message>
    <message>
        <source>Co-location request at:</source>
        <translation>Permohonan co-location di:</translation>
    </message>
    <message>
        <source>Considerations:</source>
        <translation>Pertimbangan:</translation>
    </message>
    <message>
        <source>Head of division:</source>
        <translation>Kepala Bidang:</translation>
    </message>
    <message>
        <source>Placement (filled when approved)</source>
        <translation>Penempatan (diisi jika telah disetujui)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <source>Reject the request</source>
        <translation>Tolak permohonan</translation>
    </message>
    <message>
        <source>The request will be closed as rejected. Continue?</source>
        <translation>Permohonan akan ditutup karena ditolak. Lanjutkan?</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Biarkan terbuka</translation>
    </message>
</context>
<context>
    <name>kolokasi::AssetBlockView</name>
    <message>
        <source>NOC:</source>
        <translation>NOC:</translation>
    </message>
    <message>
        <source>Server location:</source>
        <translation>Letak Server:</translation>
    </message>
    <message>
        <source>Server S/N:</source>
        <translation>S/N Server:</translation>
    </message>
    <message>
        <source>Type &amp;&amp; brand:</source>
        <translation>Type &amp;&amp; Merk:</translation>
    </message>
    <message>
        <source>Domain name:</source>
        <translation>Nama Domain:</translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation>IP Address:</translation>
    </message>
    <message>
        <source>Co-location</source>
        <translation>Co-location</translation>
    </message>
    <message>
        <source>Data centre</source>
        <translation>Pusat Data</translation>
    </message>
</context>
<context>
    <name>kolokasi::AssetDetailDialog</name>
    <message>
        <source>Open request</source>
        <translation>Buka permohonan</translation>
    </message>
    <message>
        <source>Start withdrawal</source>
        <translation>Mulai pencabutan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Asset %1</source>
        <translation>Aset %1</translation>
    </message>
    <message>
        <source>Opens the request on the registration of a pencabutan</source>
        <translation>Membuka permohonan pada pendaftaran pencabutan</translation>
    </message>
    <message>
        <source>A pencabutan cannot start: the asset is withdrawn or one is under way</source>
        <translation>Pencabutan tidak dapat dimulai: aset sudah dicabut atau pencabutannya sedang berjalan</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>kolokasi::AssetHistoryModel</name>
    <message>
        <source>Request %1</source>
        <translation>Permohonan %1</translation>
    </message>
    <message>
        <source>Withdrawal %1</source>
        <translation>Pencabutan %1</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>Peninjauan %1</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Sesuai</translation>
    </message>
    <message>
        <source>Does not match</source>
        <translation>Tidak sesuai</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Keterangan</translation>
    </message>
</context>
<context>
    <name>kolokasi::AssetRegisterModel</name>
    <message>
        <source>%1 / hosting</source>
        <translation>%1 / hosting</translation>
    </message>
    <message>
        <source>%1 / %2 / U%3–%4</source>
        <translation>%1 / %2 / U%3–%4</translation>
    </message>
    <message>
        <source>%1 / %2 / U%3</source>
        <translation>%1 / %2 / U%3</translation>
    </message>
    <message>
        <source>%1 W</source>
        <translation>%1 W</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>permanen</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (kedaluwarsa)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Dicabut</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (terlambat)</translation>
    </message>
    <message>
        <source>Register no.</source>
        <translation>No. register</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nama Server</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>Penanggung Jawab</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Alamat IP</translation>
    </message>
    <message>
        <source>S/N</source>
        <translation>S/N</translation>
    </message>
    <message>
        <source>Type and brand</source>
        <translation>Tipe &amp; merk</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Spesifikasi</translation>
    </message>
    <message>
        <source>NOC / rack / U</source>
        <translation>NOC / rak / U</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Daya</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Dipasang</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Peninjauan terakhir</translation>
    </message>
</context>
<context>
    <name>kolokasi::AssetRegisterPage</name>
    <message>
        <source>Asset register</source>
        <translation>Aset Register</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Impor…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Writes the assets shown, as filtered and sorted, to CSV or Excel</source>
        <translation>Menulis aset yang tampil, sesuai saringan dan urutannya, ke CSV atau Excel</translation>
    </message>
    <message>
        <source>Preview and print the register of the chosen NOC, unit, status and search</source>
        <translation>Pratinjau dan cetak register menurut NOC, unit, status dan pencarian yang dipilih</translation>
    </message>
    <message>
        <source>%1 assets</source>
        <translation>%1 aset</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Ekspor register</translation>
    </message>
    <message>
        <source>aset-register.xlsx</source>
        <translation>aset-register.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, separated by semicolons (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV, dipisah titik koma (*.csv)</translation>
    </message>
    <message>
        <source>%1 assets written to %2.</source>
        <translation>%1 aset ditulis ke %2.</translation>
    </message>
    <message>
        <source>No asset in the register yet. A server is registered when its request is completed; an existing register comes in from a spreadsheet.</source>
        <translation>Belum ada aset di register. Server tercatat saat permohonannya selesai; register yang sudah ada dapat diimpor dari lembar kerja.</translation>
    </message>
</context>
<context>
    <name>kolokasi::BackupActions</name>
    <message>
        <source>Writing the backup to %1…</source>
        <translation>Menulis cadangan ke %1…</translation>
    </message>
    <message>
        <source>Kolokasi</source>
        <translation>Kolokasi</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Cadangkan basis data</translation>
    </message>
    <message>
        <source>Kolokasi backups (*.sqlite)</source>
        <translation>Cadangan Kolokasi (*.sqlite)</translation>
    </message>
    <message>
        <source>PostgreSQL backups (*.dump)</source>
        <translation>Cadangan PostgreSQL (*.dump)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation>Cadangan telah ditulis ke %1.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Kolokasi backups (*.sqlite);;All files (*)</source>
        <translation>Cadangan Kolokasi (*.sqlite);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>PostgreSQL backups (*.dump);;All files (*)</source>
        <translation>Cadangan PostgreSQL (*.dump);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>All data in the database %1 will be replaced by the backup %2. The data in use now is first kept aside as a copy. Restore?</source>
        <translation>Semua data di basis data %1 akan diganti dengan isi cadangan %2. Data yang dipakai sekarang lebih dulu disimpan sebagai salinan. Pulihkan?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Memulihkan %1…</translation>
    </message>
    <message>
        <source>The backup %1 was restored. The data replaced was kept as %2.</source>
        <translation>Cadangan %1 telah dipulihkan. Data yang diganti disimpan sebagai %2.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Pencadangan otomatis gagal: %1</translation>
    </message>
    <message>
        <source>Automatic backup written: %1</source>
        <translation>Cadangan otomatis telah ditulis: %1</translation>
    </message>
</context>
<context>
    <name>kolokasi::BackupFolderPanel</name>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Folder cadangan:</translation>
    </message>
    <message>
        <source>Last automatic backup:</source>
        <translation>Cadangan otomatis terakhir:</translation>
    </message>
    <message>
        <source>Kolokasi backs the database up at the first start of each day and keeps the newest %1 backups.</source>
        <translation>Kolokasi mencadangkan basis data saat pertama kali dibuka setiap hari dan menyimpan %1 cadangan terbaru.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
</context>
<context>
    <name>kolokasi::CapacityCheckStepPage</name>
    <message>
        <source>Available</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Tidak tersedia</translation>
    </message>
    <message>
        <source>Server, power, UPS, genset, bandwidth, space and public IP addresses, as the data centre stands now.</source>
        <translation>Server, listrik, UPS, genset, bandwidth, tempat dan IP publik, menurut keadaan data center saat ini.</translation>
    </message>
    <message>
        <source>Proposed placement</source>
        <translation>Usulan penempatan</translation>
    </message>
    <message>
        <source>Verdict of the DC team</source>
        <translation>Keputusan tim DC</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Kapasitas:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <source>no room found</source>
        <translation>tidak ada tempat</translation>
    </message>
    <message>
        <source>hosted in the data centre, %1</source>
        <translation>hosting di data center, %1</translation>
    </message>
    <message>
        <source>, IP %1</source>
        <translation>, IP %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Capacity not available</source>
        <translation>Kapasitas tidak tersedia</translation>
    </message>
    <message>
        <source>The request will be closed because the capacity is not available. Continue?</source>
        <translation>Permohonan akan ditutup karena kapasitas tidak tersedia. Lanjutkan?</translation>
    </message>
    <message>
        <source>Close the request</source>
        <translation>Tutup permohonan</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Biarkan terbuka</translation>
    </message>
</context>
<context>
    <name>kolokasi::CapacityItemsTable</name>
    <message>
        <source>Resource</source>
        <translation>Sumber daya</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Dibutuhkan</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Sisa</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Server (room for each server)</source>
        <translation>Server (tempat untuk tiap server)</translation>
    </message>
    <message>
        <source>Power (rack budget)</source>
        <translation>Listrik (batas daya rak)</translation>
    </message>
    <message>
        <source>UPS</source>
        <translation>UPS</translation>
    </message>
    <message>
        <source>Genset</source>
        <translation>Genset</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandwidth</translation>
    </message>
    <message>
        <source>Space (rack units)</source>
        <translation>Tempat (unit rak)</translation>
    </message>
    <message>
        <source>Public IP addresses</source>
        <translation>Alamat IP publik</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Tidak tersedia</translation>
    </message>
</context>
<context>
    <name>kolokasi::CapacitySummaryModel</name>
    <message>
        <source>All data centres</source>
        <translation>Seluruh pusat data</translation>
    </message>
    <message>
        <source>Public IP pools belong to the whole data centre, not to one NOC: see the last row.</source>
        <translation>Pool IP publik milik seluruh pusat data, bukan satu NOC: lihat baris terakhir.</translation>
    </message>
    <message>
        <source>%1 U</source>
        <translation>%1 U</translation>
    </message>
    <message>
        <source>%1 W</source>
        <translation>%1 W</translation>
    </message>
    <message>
        <source>NOC</source>
        <translation>NOC</translation>
    </message>
    <message>
        <source>Free rack units</source>
        <translation>Unit rak kosong</translation>
    </message>
    <message>
        <source>Rack units</source>
        <translation>Unit rak</translation>
    </message>
    <message>
        <source>Free rack power</source>
        <translation>Daya rak tersisa</translation>
    </message>
    <message>
        <source>Free public IPs</source>
        <translation>IP publik tersedia</translation>
    </message>
</context>
<context>
    <name>kolokasi::CorrectionDialog</name>
    <message>
        <source>Correct a value</source>
        <translation>Koreksi nilai</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Langkah %1: %2</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Nilai:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Stored now:</source>
        <translation>Tersimpan sekarang:</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>Nilai baru:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Simpan koreksi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation>Tanggal surat</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nama Server</translation>
    </message>
    <message>
        <source>Disposition to</source>
        <translation>Disposisi kepada</translation>
    </message>
    <message>
        <source>Disposition note</source>
        <translation>Catatan disposisi</translation>
    </message>
    <message>
        <source>Capacity check note</source>
        <translation>Catatan cek kapasitas</translation>
    </message>
    <message>
        <source>Unit address</source>
        <translation>Alamat Unit</translation>
    </message>
    <message>
        <source>Contact number</source>
        <translation>Nomor kontak</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>Nama domain</translation>
    </message>
    <message>
        <source>Domain active date</source>
        <translation>Tanggal aktif domain</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Approval location</source>
        <translation>Lokasi pada persetujuan</translation>
    </message>
    <message>
        <source>Considerations</source>
        <translation>Pertimbangan</translation>
    </message>
    <message>
        <source>Server location</source>
        <translation>Letak server</translation>
    </message>
    <message>
        <source>Server domain</source>
        <translation>Domain server</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>S/N server</translation>
    </message>
    <message>
        <source>Type and brand</source>
        <translation>Tipe &amp; merk</translation>
    </message>
    <message>
        <source>Host admin user</source>
        <translation>User admin host</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Yang menyerahkan</translation>
    </message>
    <message>
        <source>NIP of the giver</source>
        <translation>NIP pihak yang menyerahkan</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Yang Menerima</translation>
    </message>
    <message>
        <source>NIP of the receiver</source>
        <translation>NIP pihak yang menerima</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
</context>
<context>
    <name>kolokasi::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Validity expired or ending within 30 days</source>
        <translation>Masa berlaku habis atau berakhir dalam 30 hari</translation>
    </message>
    <message>
        <source>Free capacity per NOC</source>
        <translation>Kapasitas tersedia per NOC</translation>
    </message>
    <message>
        <source>Open requests (overdue first)</source>
        <translation>Permohonan berjalan (yang terlambat lebih dulu)</translation>
    </message>
    <message>
        <source>Overdue for review: %1 assets</source>
        <translation>Terlambat ditinjau: %1 aset</translation>
    </message>
    <message>
        <source>Open the review</source>
        <translation>Buka peninjauan</translation>
    </message>
    <message>
        <source>see Requests</source>
        <translation>lihat di Permohonan</translation>
    </message>
    <message>
        <source>see Asset Register</source>
        <translation>lihat di Aset Register</translation>
    </message>
    <message>
        <source>and %1 more —</source>
        <translation>dan %1 lainnya —</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Permohonan baru</translation>
    </message>
    <message>
        <source>Open Data centre</source>
        <translation>Buka Pusat Data</translation>
    </message>
    <message>
        <source>No request in progress. Record a new request letter with %1.</source>
        <translation>Tidak ada permohonan berjalan. Catat surat permohonan baru dengan %1.</translation>
    </message>
    <message>
        <source>No co-location has expired or ends within 30 days.</source>
        <translation>Tidak ada co-location yang masa berlakunya habis atau berakhir dalam 30 hari.</translation>
    </message>
    <message>
        <source>No NOC yet. Add the NOCs, their racks and the IP pool under Data centre.</source>
        <translation>Belum ada NOC. Tambahkan NOC, raknya, dan pool IP di Pusat Data.</translation>
    </message>
</context>
<context>
    <name>kolokasi::DataCentrePage</name>
    <message>
        <source>Data centre</source>
        <translation>Pusat Data</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>Tampilkan yang dipensiunkan</translation>
    </message>
    <message>
        <source>NOCs and racks</source>
        <translation>NOC dan rak</translation>
    </message>
    <message>
        <source>Facility budgets</source>
        <translation>Anggaran fasilitas</translation>
    </message>
    <message>
        <source>IP pools</source>
        <translation>Pool IP</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Reloaded: the form shows the record as stored now.</source>
        <translation>Dimuat ulang: formulir menampilkan data yang tersimpan sekarang.</translation>
    </message>
</context>
<context>
    <name>kolokasi::DatabaseEditor</name>
    <message>
        <source>SQLite file (this PC)</source>
        <translation>Berkas SQLite (PC ini)</translation>
    </message>
    <message>
        <source>PostgreSQL server (shared)</source>
        <translation>Server PostgreSQL (bersama)</translation>
    </message>
    <message>
        <source>In use now:</source>
        <translation>Dipakai sekarang:</translation>
    </message>
    <message>
        <source>Open from the next start:</source>
        <translation>Dibuka mulai berikutnya:</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Cadangan otomatis</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Ukuran:</translation>
    </message>
    <message>
        <source>libpq's default (prefer)</source>
        <translation>Bawaan libpq (prefer)</translation>
    </message>
    <message>
        <source>Keep the password in the system keyring of this PC</source>
        <translation>Simpan kata sandi di keyring sistem PC ini</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Uji koneksi</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Basis data:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Pengguna:</translation>
    </message>
    <message>
        <source>SSL mode:</source>
        <translation>Mode SSL:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Kata sandi:</translation>
    </message>
    <message>
        <source>The password is never written to the settings file. Without the keyring Kolokasi asks for it at each start; libpq's ~/.pgpass file also works.</source>
        <translation>Kata sandi tidak pernah ditulis ke berkas pengaturan. Tanpa keyring, Kolokasi menanyakannya setiap kali mulai; berkas ~/.pgpass milik libpq juga dapat dipakai.</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (hanya baca)</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>belum dibuat</translation>
    </message>
    <message>
        <source>The connection to %1 works.</source>
        <translation>Koneksi ke %1 berhasil.</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Pilih berkas basis data</translation>
    </message>
    <message>
        <source>Kolokasi databases (*.sqlite *.db)</source>
        <translation>Basis data Kolokasi (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Enter the host and the database of the PostgreSQL server.</source>
        <translation>Isi host dan basis data server PostgreSQL.</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Pilih berkas basis data.</translation>
    </message>
    <message>
        <source>Kolokasi opens %1 from its next start on this PC.</source>
        <translation>Kolokasi membuka %1 mulai berikutnya di PC ini.</translation>
    </message>
</context>
<context>
    <name>kolokasi::DispositionStepPage</name>
    <message>
        <source>e.g. Seksi Infrastruktur TI, then the DC team</source>
        <translation>mis. Seksi Infrastruktur TI, lalu tim DC</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Kepada:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Catatan:</translation>
    </message>
</context>
<context>
    <name>kolokasi::DocumentActions</name>
    <message>
        <source>Print %1</source>
        <translation>Cetak %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Host admin password</source>
        <translation>Kata sandi admin host</translation>
    </message>
    <message>
        <source>Password of the host admin account, printed on the persetujuan form (it is not stored):</source>
        <translation>Kata sandi akun admin host, dicetak pada form persetujuan (tidak disimpan):</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
</context>
<context>
    <name>kolokasi::DocumentPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Pratinjau: %1</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Sesuaikan lebar</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Kertas:</translation>
    </message>
    <message>
        <source>The document number is issued when the document is printed or saved.</source>
        <translation>Nomor dokumen diberikan saat dokumen dicetak atau disimpan.</translation>
    </message>
</context>
<context>
    <name>kolokasi::DocumentsPanel</name>
    <message>
        <source>The request has reached no document yet: the first is the capacity check report (step 3).</source>
        <translation>Permohonan ini belum mencapai dokumen apa pun: yang pertama adalah laporan cek kapasitas (langkah 3).</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Kertas:</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Nomor %1</translation>
    </message>
    <message>
        <source>not numbered yet</source>
        <translation>belum bernomor</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
</context>
<context>
    <name>kolokasi::ExpiringPlacementsModel</name>
    <message>
        <source>expired yesterday</source>
        <translation>kedaluwarsa kemarin</translation>
    </message>
    <message>
        <source>expired %1 days ago</source>
        <translation>kedaluwarsa %1 hari lalu</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>tinggal 1 hari</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>tinggal %1 hari</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Nomor register</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Masa berlaku</translation>
    </message>
</context>
<context>
    <name>kolokasi::FacilityResourceTableModel</name>
    <message>
        <source>UPS</source>
        <translation>UPS</translation>
    </message>
    <message>
        <source>Genset</source>
        <translation>Genset</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandwidth</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
</context>
<context>
    <name>kolokasi::FacilitySection</name>
    <message>
        <source>Kind:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Fill in the name.</source>
        <translation>Isi nama.</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Kapasitas:</translation>
    </message>
    <message>
        <source>New facility budget</source>
        <translation>Anggaran fasilitas baru</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Ubah %1</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 disimpan.</translation>
    </message>
    <message>
        <source>%1 will be retired: capacity planning no longer counts its %2 %3. Continue?</source>
        <translation>%1 akan dipensiunkan: perhitungan kapasitas tidak lagi menghitung %2 %3 miliknya. Lanjutkan?</translation>
    </message>
    <message>
        <source>%1 retired.</source>
        <translation>%1 dipensiunkan.</translation>
    </message>
</context>
<context>
    <name>kolokasi::FormStepPage</name>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>%1 changed this request on %2. Nothing of yours was saved; reload to see the request as it is now.</source>
        <translation>%1 telah mengubah permohonan ini pada %2. Isian Anda tidak disimpan; muat ulang untuk melihat permohonan yang sekarang.</translation>
    </message>
    <message>
        <source>Another admin</source>
        <translation>Admin lain</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Muat ulang</translation>
    </message>
</context>
<context>
    <name>kolokasi::HandoverServerEditor</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>Spesifikasi</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Diminta</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Diserahkan</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Prosesor</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Motherboard</source>
        <translation>Motherboard</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>PSU</source>
        <translation>PSU</translation>
    </message>
    <message>
        <source>Why the differences are accepted</source>
        <translation>Alasan perbedaan diterima</translation>
    </message>
    <message>
        <source>Acceptance note:</source>
        <translation>Catatan penerimaan:</translation>
    </message>
    <message>
        <source>Server %1 differs from the request: accept the difference with a note.</source>
        <translation>Server %1 berbeda dari permohonan: terima perbedaannya dengan catatan.</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Berbeda</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Sesuai</translation>
    </message>
    <message>
        <source>Requested "%1", delivered "%2"</source>
        <translation>Diminta "%1", diserahkan "%2"</translation>
    </message>
</context>
<context>
    <name>kolokasi::HandoverStepPage</name>
    <message>
        <source>Date:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <source>As printed:</source>
        <translation>Tercetak:</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Yang menyerahkan</translation>
    </message>
    <message>
        <source>Has handed over the following co-location</source>
        <translation>Telah menyerahkan co-location sebagai berikut</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>Unit name:</source>
        <translation>Nama Unit:</translation>
    </message>
    <message>
        <source>Responsible officer:</source>
        <translation>Penanggung Jawab:</translation>
    </message>
    <message>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
</context>
<context>
    <name>kolokasi::HolidaysEditor</name>
    <message>
        <source>National holidays and cuti bersama are not counted as working days. A CSV file has the date and the name on each line, e.g. 2026-08-17;Hari Kemerdekaan.</source>
        <translation>Hari libur nasional dan cuti bersama tidak dihitung sebagai hari kerja. Berkas CSV berisi tanggal dan nama di setiap baris, misalnya 2026-08-17;Hari Kemerdekaan.</translation>
    </message>
    <message>
        <source>Name of the holiday</source>
        <translation>Nama hari libur</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Remove chosen</source>
        <translation>Hapus yang dipilih</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Impor CSV…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Hari libur</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Hari libur</translation>
    </message>
    <message>
        <source>%1 was added to the holidays.</source>
        <translation>%1 ditambahkan ke hari libur.</translation>
    </message>
    <message>
        <source>Choose the holidays to remove in the list first.</source>
        <translation>Pilih dulu hari libur yang akan dihapus di daftar.</translation>
    </message>
    <message>
        <source>Holidays removed: %1.</source>
        <translation>Hari libur dihapus: %1.</translation>
    </message>
    <message>
        <source>Import holidays</source>
        <translation>Impor hari libur</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Berkas CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>%1 cannot be read; check that the file exists and may be opened.</source>
        <translation>%1 tidak dapat dibaca; periksa bahwa berkas itu ada dan boleh dibuka.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1. Correct these lines and import it again:
%2</source>
        <translation>Tidak ada yang diimpor dari %1. Perbaiki baris berikut lalu impor lagi:
%2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 has %2 lines to correct.</source>
        <translation>Tidak ada yang diimpor: %1 memiliki %2 baris yang perlu diperbaiki.</translation>
    </message>
    <message>
        <source>Holidays added from %1: %2 of %3 (the others were listed already).</source>
        <translation>Hari libur ditambahkan dari %1: %2 dari %3 (yang lain sudah tercantum).</translation>
    </message>
</context>
<context>
    <name>kolokasi::ImportRegisterDialog</name>
    <message>
        <source>Sheet:</source>
        <translation>Lembar:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom di berkas</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Baris pertama</translation>
    </message>
    <message>
        <source>Register field</source>
        <translation>Isian register</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Import the good rows and leave the bad ones out</source>
        <translation>Impor baris yang benar dan tinggalkan baris yang salah</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation>Impor register</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>A CSV file or an Excel (.xlsx) workbook</source>
        <translation>Berkas CSV atau buku kerja Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <source>Which register field each column of the file holds. Kolokasi guessed from the header; change what is wrong.</source>
        <translation>Isian register yang dimuat tiap kolom berkas. Kolokasi menebaknya dari judul kolom; ubah yang keliru.</translation>
    </message>
    <message>
        <source>1. Choose the file</source>
        <translation>1. Pilih berkas</translation>
    </message>
    <message>
        <source>2. Match the columns</source>
        <translation>2. Cocokkan kolom</translation>
    </message>
    <message>
        <source>3. Check and import</source>
        <translation>3. Periksa dan impor</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>Lembar kerja (*.csv *.xlsx);;CSV (*.csv);;Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation>Pilih dahulu berkas yang akan diimpor.</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— tidak diimpor —</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (wajib)</translation>
    </message>
    <message>
        <source>Every column is matched.</source>
        <translation>Semua kolom sudah cocok.</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Tidak diimpor: %1.</translation>
    </message>
    <message>
        <source>New units will be created: %1.</source>
        <translation>Unit baru akan dibuat: %1.</translation>
    </message>
    <message>
        <source>%1 assets imported.</source>
        <translation>%1 aset diimpor.</translation>
    </message>
    <message>
        <source>Correct the rows below in the file and check again, or leave them out.</source>
        <translation>Perbaiki baris di bawah ini di berkas lalu periksa lagi, atau tinggalkan baris itu.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>%1 assets from %2 will be added to the register, in one go. Import them?</source>
        <translation>%1 aset dari %2 akan ditambahkan ke register sekaligus. Impor sekarang?</translation>
    </message>
    <message>
        <source>Nothing was imported: rows became invalid since the check.</source>
        <translation>Tidak ada yang diimpor: ada baris yang menjadi tidak sah sejak pemeriksaan.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <source>Next 100</source>
        <translation>100 berikutnya</translation>
    </message>
    <message>
        <source>A row among the first 20 must name the columns (for example No. Register, Nama Server, Unit, NOC, Rak, U Awal); title rows above it are left out. CSV (at most 50 MB) may be UTF-8 or Windows-1252, separated by commas, semicolons or tabs. Nothing is written before the check and your confirmation.</source>
        <translation>Salah satu dari 20 baris pertama harus memuat judul kolom (misalnya No. Register, Nama Server, Unit, NOC, Rak, U Awal); baris judul di atasnya dilewati. CSV (paling besar 50 MB) boleh UTF-8 atau Windows-1252, dipisah koma, titik koma atau tab. Tidak ada yang ditulis sebelum pemeriksaan dan konfirmasi Anda.</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Baris judul kolom:</translation>
    </message>
    <message>
        <source>Row %1 names the columns; the %2 row(s) above it are a title and are not imported.</source>
        <translation>Baris %1 memuat judul kolom; %2 baris di atasnya adalah judul dan tidak diimpor.</translation>
    </message>
    <message>
        <source>Row %1 names the columns.</source>
        <translation>Baris %1 memuat judul kolom.</translation>
    </message>
    <message>
        <source>Row %1 is empty; choose a row that names the columns.</source>
        <translation>Baris %1 kosong; pilih baris yang memuat judul kolom.</translation>
    </message>
    <message>
        <source>Row %1 names the columns (chosen by you).</source>
        <translation>Baris %1 memuat judul kolom (pilihan Anda).</translation>
    </message>
    <message>
        <source>row %1 (%2)</source>
        <translation>baris %1 (%2)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>dan %1 lagi</translation>
    </message>
    <message>
        <source>Skipped, not assets (totals and notes below the data): %1.</source>
        <translation>Dilewati, bukan aset (jumlah dan keterangan di bawah data): %1.</translation>
    </message>
    <message>
        <source>— choose: a field, or not imported —</source>
        <translation>— pilih: isian, atau tidak diimpor —</translation>
    </message>
    <message>
        <source>Header: row %1. %2 rows read: %3 good, %4 with problems.</source>
        <translation>Judul kolom: baris %1. %2 baris dibaca: %3 baik, %4 bermasalah.</translation>
    </message>
    <message>
        <source>%1 row(s) after the data skipped (totals, notes).</source>
        <translation>%1 baris sesudah data dilewati (jumlah, keterangan).</translation>
    </message>
    <message>
        <source>Problems %1–%2 of %3</source>
        <translation>Masalah %1–%2 dari %3</translation>
    </message>
</context>
<context>
    <name>kolokasi::IpPoolTableModel</name>
    <message>
        <source>Public</source>
        <translation>Publik</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>very many</source>
        <translation>sangat banyak</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Network (CIDR)</source>
        <translation>Jaringan (CIDR)</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Dipakai</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Sisa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
</context>
<context>
    <name>kolokasi::LanguageEditor</name>
    <message>
        <source>Language of the window:</source>
        <translation>Bahasa jendela:</translation>
    </message>
    <message>
        <source>Used from the next start of Kolokasi on this PC. Printed documents are always in Indonesian.</source>
        <translation>Dipakai mulai Kolokasi dijalankan berikutnya di PC ini. Dokumen cetak selalu berbahasa Indonesia.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>The language was saved; it is used from the next start of Kolokasi.</source>
        <translation>Bahasa tersimpan; dipakai mulai Kolokasi dijalankan berikutnya.</translation>
    </message>
</context>
<context>
    <name>kolokasi::MainWindow</name>
    <message>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <source>Main actions</source>
        <translation>Tindakan utama</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>Permohonan &amp;baru</translation>
    </message>
    <message>
        <source>Change &amp;admin…</source>
        <translation>Ganti &amp;admin…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Search requests</source>
        <translation>&amp;Cari permohonan</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>&amp;About Kolokasi</source>
        <translation>&amp;Tentang Kolokasi</translation>
    </message>
    <message>
        <source>%1 — Kolokasi</source>
        <translation>%1 — Kolokasi</translation>
    </message>
    <message>
        <source>The open request has input that is not saved. Open request %1 and discard that input?</source>
        <translation>Permohonan yang terbuka memiliki isian yang belum disimpan. Buka permohonan %1 dan buang isian itu?</translation>
    </message>
    <message>
        <source>The open request has input that is not saved. Start a new request and discard that input?</source>
        <translation>Permohonan yang terbuka memiliki isian yang belum disimpan. Mulai permohonan baru dan buang isian itu?</translation>
    </message>
    <message>
        <source>About Kolokasi</source>
        <translation>Tentang Kolokasi</translation>
    </message>
    <message>
        <source>Kolokasi %1: co-location of servers and hosting of applications, following the data centre's SOP.</source>
        <translation>Kolokasi %1: co-location server dan hosting aplikasi, mengikuti SOP data center.</translation>
    </message>
    <message>
        <source>Admin: nobody signed in</source>
        <translation>Admin: belum ada yang masuk</translation>
    </message>
    <message>
        <source>Admin: %1</source>
        <translation>Admin: %1</translation>
    </message>
    <message>
        <source>Unsaved input</source>
        <translation>Isian belum disimpan</translation>
    </message>
    <message>
        <source>Discard input</source>
        <translation>Buang isian</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Lanjutkan mengisi</translation>
    </message>
    <message>
        <source>%1 has input that is not saved. Close Kolokasi and discard it?</source>
        <translation>%1 memiliki isian yang belum disimpan. Tutup Kolokasi dan buang isian itu?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Tutup tanpa menyimpan</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Cadangkan…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Pulihkan…</translation>
    </message>
</context>
<context>
    <name>kolokasi::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>kolokasi::NumberingEditor</name>
    <message>
        <source>Enter the pattern every document uses, e.g. 500.12.15/{seq:4}/{code}/{unit}/{year}.</source>
        <translation>Isi pola yang dipakai setiap dokumen, misalnya 500.12.15/{seq:4}/{code}/{unit}/{year}.</translation>
    </message>
    <message>
        <source>{seq} or {seq:4} is the sequence number (4: zero-padded to four digits), {year} the year (the sequence starts again every year), {month} and {roman_month} the month, {code} the document's short code, {unit} the office code. Changing a pattern never resets a sequence.</source>
        <translation>{seq} atau {seq:4} adalah nomor urut (4: diisi nol sampai empat angka), {year} tahun (nomor urut mulai lagi setiap tahun), {month} dan {roman_month} bulan, {code} kode singkat dokumen, {unit} kode dinas. Mengubah pola tidak pernah mengulang nomor urut.</translation>
    </message>
    <message>
        <source>Shared pattern:</source>
        <translation>Pola bersama:</translation>
    </message>
    <message>
        <source>Office code {unit}:</source>
        <translation>Kode dinas {unit}:</translation>
    </message>
    <message>
        <source>Pattern per document (blank: the shared pattern)</source>
        <translation>Pola per dokumen (kosong: pola bersama)</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Nomor berikutnya</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Penomoran</translation>
    </message>
    <message>
        <source>The numbering patterns were saved; the sequences go on where they were.</source>
        <translation>Pola penomoran tersimpan; nomor urut berlanjut dari posisinya.</translation>
    </message>
</context>
<context>
    <name>kolokasi::OfficeCalendarEditor</name>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <source>Paper of printouts:</source>
        <translation>Kertas cetakan:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Office hours:</source>
        <translation>Jam kerja:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Hari kerja:</translation>
    </message>
    <message>
        <source>Service standards per step (mutu baku of the SOP)</source>
        <translation>Mutu baku per langkah (dari SOP)</translation>
    </message>
    <message>
        <source>Counted in office time: the hours and working days above, without holidays.</source>
        <translation>Dihitung dalam waktu kerja: jam dan hari kerja di atas, tanpa hari libur.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Mutu baku</translation>
    </message>
    <message>
        <source>Paper and office hours</source>
        <translation>Kertas dan jam kerja</translation>
    </message>
    <message>
        <source>The whole procedure</source>
        <translation>Seluruh prosedur</translation>
    </message>
    <message>
        <source>Paper, office hours and working days were saved.</source>
        <translation>Kertas, jam kerja, dan hari kerja tersimpan.</translation>
    </message>
</context>
<context>
    <name>kolokasi::OfficerDialog</name>
    <message>
        <source>PNS (civil servant)</source>
        <translation>PNS (pegawai negeri sipil)</translation>
    </message>
    <message>
        <source>PPPK (contract employee)</source>
        <translation>PPPK (perjanjian kerja)</translation>
    </message>
    <message>
        <source>Edit officer</source>
        <translation>Ubah pejabat</translation>
    </message>
    <message>
        <source>Add officer</source>
        <translation>Tambah pejabat</translation>
    </message>
    <message>
        <source>Fill in the officer's name.</source>
        <translation>Isi nama pejabat.</translation>
    </message>
    <message>
        <source>e.g. 0812-2345-6789 or (0231) 8330580</source>
        <translation>mis. 0812-2345-6789 atau (0231) 8330580</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Employment:</source>
        <translation>Kepegawaian:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>e.g. 19920315 202121 2 001</source>
        <translation>mis. 19920315 202121 2 001</translation>
    </message>
    <message>
        <source>e.g. 19620718 198603 1 003</source>
        <translation>mis. 19620718 198603 1 003</translation>
    </message>
</context>
<context>
    <name>kolokasi::OfficerPicker</name>
    <message>
        <source>Add new officer…</source>
        <translation>Tambah pejabat baru…</translation>
    </message>
</context>
<context>
    <name>kolokasi::OfficerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>NIP / NI PPPK</source>
        <translation>NIP / NI PPPK</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>kolokasi::OpenRequestsModel</name>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Permohonan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Mutu baku</translation>
    </message>
</context>
<context>
    <name>kolokasi::PlacementBlockEditor</name>
    <message>
        <source>Only when the placement differs from the proposal: why</source>
        <translation>Hanya jika penempatan berbeda dari usulan: alasannya</translation>
    </message>
    <message>
        <source>Co-location: %1</source>
        <translation>Co-location: %1</translation>
    </message>
    <message>
        <source>Data centre: %1</source>
        <translation>Data Center: %1</translation>
    </message>
    <message>
        <source>NOC:</source>
        <translation>NOC:</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Rak</translation>
    </message>
    <message>
        <source>from U</source>
        <translation>mulai U</translation>
    </message>
    <message>
        <source>user name; the password is typed when printing</source>
        <translation>nama user; kata sandi diketik saat mencetak</translation>
    </message>
    <message>
        <source>Server location:</source>
        <translation>Letak Server:</translation>
    </message>
    <message>
        <source>Server S/N:</source>
        <translation>S/N Server:</translation>
    </message>
    <message>
        <source>Type &amp;&amp; brand:</source>
        <translation>Type &amp;&amp; Merk:</translation>
    </message>
    <message>
        <source>Domain name:</source>
        <translation>Nama Domain:</translation>
    </message>
    <message>
        <source>Host admin user:</source>
        <translation>Host Admin (user):</translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation>IP Address:</translation>
    </message>
    <message>
        <source>Note on a change:</source>
        <translation>Catatan perubahan:</translation>
    </message>
</context>
<context>
    <name>kolokasi::PoolSection</name>
    <message>
        <source>Pool name:</source>
        <translation>Nama pool:</translation>
    </message>
    <message>
        <source>Fill in the pool's name.</source>
        <translation>Isi nama pool.</translation>
    </message>
    <message>
        <source>Network (CIDR):</source>
        <translation>Jaringan (CIDR):</translation>
    </message>
    <message>
        <source>Fill in the network, e.g. 103.162.16.0/25.</source>
        <translation>Isi jaringan, misalnya 103.162.16.0/25.</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>Gateway:</translation>
    </message>
    <message>
        <source>Public addresses (given to requests)</source>
        <translation>Alamat publik (diberikan kepada permohonan)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <source>New IP pool</source>
        <translation>Pool IP baru</translation>
    </message>
    <message>
        <source>Edit pool %1</source>
        <translation>Ubah pool %1</translation>
    </message>
    <message>
        <source>Pool %1 saved.</source>
        <translation>Pool %1 disimpan.</translation>
    </message>
    <message>
        <source>Pool %1 (%2) will be retired: its addresses are no longer given to requests, but old requests and the register still show them. Continue?</source>
        <translation>Pool %1 (%2) akan dipensiunkan: alamatnya tidak lagi diberikan kepada permohonan, tetapi permohonan lama dan aset register tetap menampilkannya. Lanjutkan?</translation>
    </message>
    <message>
        <source>Pool %1 retired.</source>
        <translation>Pool %1 dipensiunkan.</translation>
    </message>
</context>
<context>
    <name>kolokasi::RackElevationView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Power %1 W, no budget set</source>
        <translation>Daya %1 W, batas daya belum diisi</translation>
    </message>
    <message>
        <source>Rack %1, U%2: free</source>
        <translation>Rak %1, U%2: kosong</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Keadaan: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation>Domain: %1</translation>
    </message>
    <message>
        <source>Register number: %1</source>
        <translation>Nomor register: %1</translation>
    </message>
    <message>
        <source>Rack %1, U%2–U%3 (%4 U)</source>
        <translation>Rak %1, U%2–U%3 (%4 U)</translation>
    </message>
    <message>
        <source>Power: %1 W</source>
        <translation>Daya: %1 W</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Berlaku sampai: %1</translation>
    </message>
    <message>
        <source>Valid until: permanent</source>
        <translation>Berlaku: permanen</translation>
    </message>
    <message>
        <source>Double-click to open the asset.</source>
        <translation>Klik ganda untuk membuka aset.</translation>
    </message>
    <message>
        <source>Double-click to open the request.</source>
        <translation>Klik ganda untuk membuka permohonan.</translation>
    </message>
    <message>
        <source>%1/%2 U used, %3 free</source>
        <translation>%1/%2 U terpakai, %3 kosong</translation>
    </message>
    <message>
        <source>Power %1/%2 W (%3 %)</source>
        <translation>Daya %1/%2 W (%3 %)</translation>
    </message>
</context>
<context>
    <name>kolokasi::RackPage</name>
    <message>
        <source>Racks</source>
        <translation>Rak</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Sesuaikan jendela</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Preview and print the rack elevation of this NOC</source>
        <translation>Pratinjau dan cetak tampak depan rak NOC ini</translation>
    </message>
    <message>
        <source>NOC:</source>
        <translation>NOC:</translation>
    </message>
    <message>
        <source>Active (the server's name)</source>
        <translation>Aktif (nama server)</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Dipesan</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Sisa</translation>
    </message>
    <message>
        <source>Open Data centre</source>
        <translation>Buka Pusat Data</translation>
    </message>
    <message>
        <source>No NOC yet. Add the NOCs and their racks under Data centre.</source>
        <translation>Belum ada NOC. Tambahkan NOC dan raknya di Pusat Data.</translation>
    </message>
    <message>
        <source>%1 has no rack yet. Add its racks under Data centre.</source>
        <translation>%1 belum memiliki rak. Tambahkan raknya di Pusat Data.</translation>
    </message>
</context>
<context>
    <name>kolokasi::RackSection</name>
    <message>
        <source>Add NOC</source>
        <translation>Tambah NOC</translation>
    </message>
    <message>
        <source>Edit NOC</source>
        <translation>Ubah NOC</translation>
    </message>
    <message>
        <source>Retire NOC</source>
        <translation>Pensiunkan NOC</translation>
    </message>
    <message>
        <source>Add rack</source>
        <translation>Tambah rak</translation>
    </message>
    <message>
        <source>Edit rack</source>
        <translation>Ubah rak</translation>
    </message>
    <message>
        <source>Retire rack</source>
        <translation>Pensiunkan rak</translation>
    </message>
    <message>
        <source>NOC:</source>
        <translation>NOC:</translation>
    </message>
    <message>
        <source>NOC name:</source>
        <translation>Nama NOC:</translation>
    </message>
    <message>
        <source>Fill in the NOC's name.</source>
        <translation>Isi nama NOC.</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lokasi:</translation>
    </message>
    <message>
        <source>Rack name:</source>
        <translation>Nama rak:</translation>
    </message>
    <message>
        <source>Fill in the rack's name.</source>
        <translation>Isi nama rak.</translation>
    </message>
    <message>
        <source>Row / position:</source>
        <translation>Baris / posisi:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Tinggi:</translation>
    </message>
    <message>
        <source>Power budget:</source>
        <translation>Anggaran daya:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New NOC</source>
        <translation>NOC baru</translation>
    </message>
    <message>
        <source>Edit NOC %1</source>
        <translation>Ubah NOC %1</translation>
    </message>
    <message>
        <source>NOC %1 saved.</source>
        <translation>NOC %1 disimpan.</translation>
    </message>
    <message>
        <source>NOC %1 will be retired: it can no longer be chosen for new placements, but old requests and the register still name it. Continue?</source>
        <translation>NOC %1 akan dipensiunkan: tidak dapat lagi dipilih untuk penempatan baru, tetapi permohonan lama dan aset register tetap menyebutnya. Lanjutkan?</translation>
    </message>
    <message>
        <source>NOC %1 retired.</source>
        <translation>NOC %1 dipensiunkan.</translation>
    </message>
    <message>
        <source>Add a NOC first: racks stand in a NOC.</source>
        <translation>Tambahkan NOC terlebih dahulu: rak berada di dalam NOC.</translation>
    </message>
    <message>
        <source>New rack in %1</source>
        <translation>Rak baru di %1</translation>
    </message>
    <message>
        <source>Edit rack %1</source>
        <translation>Ubah rak %1</translation>
    </message>
    <message>
        <source>Rack %1 saved.</source>
        <translation>Rak %1 disimpan.</translation>
    </message>
    <message>
        <source>Rack %1 will be retired: it can no longer be chosen for new placements, but old requests and the register still name it. Continue?</source>
        <translation>Rak %1 akan dipensiunkan: tidak dapat lagi dipilih untuk penempatan baru, tetapi permohonan lama dan aset register tetap menyebutnya. Lanjutkan?</translation>
    </message>
    <message>
        <source>Rack %1 retired.</source>
        <translation>Rak %1 dipensiunkan.</translation>
    </message>
</context>
<context>
    <name>kolokasi::RackTableModel</name>
    <message>
        <source>%1 U</source>
        <translation>%1 U</translation>
    </message>
    <message>
        <source>%1 / %2 W</source>
        <translation>%1 / %2 W</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Rak</translation>
    </message>
    <message>
        <source>Row / position</source>
        <translation>Baris / posisi</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Units used</source>
        <translation>Unit terpakai</translation>
    </message>
    <message>
        <source>Units free</source>
        <translation>Unit bebas</translation>
    </message>
    <message>
        <source>Power used / budget</source>
        <translation>Daya terpakai / anggaran</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
</context>
<context>
    <name>kolokasi::RecordDialog</name>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>kolokasi::RecordEditor</name>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>kolokasi::RecordSection</name>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Pensiunkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>kolokasi::RegisterFilterBar</name>
    <message>
        <source>All NOCs</source>
        <translation>Semua NOC</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Semua unit</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Any review</source>
        <translation>Semua peninjauan</translation>
    </message>
    <message>
        <source>Any validity</source>
        <translation>Semua masa berlaku</translation>
    </message>
    <message>
        <source>Search register no., server, unit, officer, domain, IP, S/N, type…</source>
        <translation>Cari no. register, server, unit, penanggung jawab, domain, IP, S/N, tipe…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Dicabut</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Peninjauan terlambat</translation>
    </message>
    <message>
        <source>Validity expired</source>
        <translation>Masa berlaku habis</translation>
    </message>
    <message>
        <source>Ends within %1 days</source>
        <translation>Berakhir dalam %1 hari</translation>
    </message>
</context>
<context>
    <name>kolokasi::ReportStepPage</name>
    <message>
        <source>The unit has been informed that its co-location and hosting request was approved.</source>
        <translation>Unit telah diberi tahu bahwa permohonan co-location dan hosting aplikasinya disetujui.</translation>
    </message>
    <message>
        <source>The unit has brought its server(s) with the operating system, software and supporting applications as specified.</source>
        <translation>Unit telah membawa perangkat server dengan OS, perangkat lunak, dan aplikasi pendukung sesuai spesifikasi.</translation>
    </message>
    <message>
        <source>The unit has been told, with a copy to the head of division, that the server and the hosted application are ready and reachable. Saving completes the request.</source>
        <translation>Unit telah diberi laporan, dengan tembusan kepada Kepala Bidang, bahwa server dan hosting aplikasi sudah selesai dan dapat diakses. Menyimpan menyelesaikan permohonan.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Catatan:</translation>
    </message>
</context>
<context>
    <name>kolokasi::RequestHeader</name>
    <message>
        <source>Letter:</source>
        <translation>Surat:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Perihal:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Layanan:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Langkah:</translation>
    </message>
    <message>
        <source>%1, dated %2</source>
        <translation>%1, tanggal %2</translation>
    </message>
    <message>
        <source>%1 of 9 done: %2</source>
        <translation>%1 dari 9 selesai: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(new letter)</source>
        <translation>(surat baru)</translation>
    </message>
    <message>
        <source>the letter is registered first</source>
        <translation>surat dicatat lebih dulu</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
</context>
<context>
    <name>kolokasi::RequestHistoryModel</name>
    <message>
        <source>Letter registered</source>
        <translation>Surat dicatat</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>Didisposisikan</translation>
    </message>
    <message>
        <source>Capacity available</source>
        <translation>Kapasitas tersedia</translation>
    </message>
    <message>
        <source>Closed: no capacity</source>
        <translation>Ditutup: kapasitas tidak tersedia</translation>
    </message>
    <message>
        <source>Application filled</source>
        <translation>Pengajuan diisi</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Unit notified</source>
        <translation>Unit diberi tahu</translation>
    </message>
    <message>
        <source>Server delivered</source>
        <translation>Server diserahkan unit</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Serah terima</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Dikoreksi</translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation>Dokumen diterbitkan</translation>
    </message>
    <message>
        <source>Withdrawal approved</source>
        <translation>Pencabutan disetujui</translation>
    </message>
    <message>
        <source>Withdrawal rejected</source>
        <translation>Pencabutan ditolak</translation>
    </message>
    <message>
        <source>Withdrawal completed</source>
        <translation>Pencabutan selesai</translation>
    </message>
    <message>
        <source>%1: "%2" → "%3" (%4)</source>
        <translation>%1: "%2" → "%3" (%4)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Keterangan</translation>
    </message>
</context>
<context>
    <name>kolokasi::RequestLetterStepPage</name>
    <message>
        <source>Enter the number of the unit's letter.</source>
        <translation>Isi nomor surat dari unit.</translation>
    </message>
    <message>
        <source>Co-location</source>
        <translation>Co-location</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <source>Letter number:</source>
        <translation>Nomor surat:</translation>
    </message>
    <message>
        <source>Letter date:</source>
        <translation>Tanggal surat:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Perihal:</translation>
    </message>
    <message>
        <source>Service type:</source>
        <translation>Jenis layanan:</translation>
    </message>
    <message>
        <source>Servers and their requested spec</source>
        <translation>Server dan spesifikasi yang diminta</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <source>Bandwidth:</source>
        <translation>Bandwidth:</translation>
    </message>
    <message>
        <source>Public IP addresses:</source>
        <translation>Alamat IP publik:</translation>
    </message>
    <message>
        <source>Rack units and power are the sums of the servers' rows.</source>
        <translation>Unit rak dan daya adalah jumlah dari baris server.</translation>
    </message>
    <message>
        <source>Add new unit…</source>
        <translation>Tambah unit baru…</translation>
    </message>
</context>
<context>
    <name>kolokasi::RequestListModel</name>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation>Tanggal surat</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Mutu baku</translation>
    </message>
</context>
<context>
    <name>kolokasi::RequestListPage</name>
    <message>
        <source>Requests</source>
        <translation>Permohonan</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Permohonan baru</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Semua langkah</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Semua unit</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Semua tahun</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Semua layanan</translation>
    </message>
    <message>
        <source>Search letter number, unit, subject, domain…</source>
        <translation>Cari nomor surat, unit, perihal, domain…</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Requests found: %1</source>
        <translation>Permohonan ditemukan: %1</translation>
    </message>
    <message>
        <source>No request yet. Record the first request letter with %1.</source>
        <translation>Belum ada permohonan. Catat surat permohonan pertama dengan %1.</translation>
    </message>
</context>
<context>
    <name>kolokasi::RequestPage</name>
    <message>
        <source>Request</source>
        <translation>Permohonan</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Correct a value…</source>
        <translation>Koreksi nilai…</translation>
    </message>
    <message>
        <source>Start pencabutan</source>
        <translation>Mulai pencabutan</translation>
    </message>
    <message>
        <source>Cancel request…</source>
        <translation>Batalkan permohonan…</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Permohonan %1</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Permohonan baru</translation>
    </message>
    <message>
        <source>This step has no page of its own.</source>
        <translation>Langkah ini tidak memiliki halaman sendiri.</translation>
    </message>
    <message>
        <source>The request is closed: every step is done. Its documents are under Documents, what happened under History.</source>
        <translation>Permohonan sudah ditutup: tidak ada langkah lagi. Dokumennya ada di tab Dokumen, kejadiannya di tab Riwayat.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>This request has reached no document yet.</source>
        <translation>Permohonan ini belum mencapai dokumen apa pun.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Batalkan permohonan</translation>
    </message>
    <message>
        <source>Why is request %1 cancelled? (the reason is kept in its history)</source>
        <translation>Mengapa permohonan %1 dibatalkan? (alasan disimpan dalam riwayatnya)</translation>
    </message>
    <message>
        <source>Request %1 will be closed as cancelled and cannot go on. Continue?</source>
        <translation>Permohonan %1 akan ditutup sebagai dibatalkan dan tidak dapat dilanjutkan. Lanjutkan?</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Batalkan permohonan</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Biarkan terbuka</translation>
    </message>
</context>
<context>
    <name>kolokasi::RequestTimelineModel</name>
    <message>
        <source>%1, overdue</source>
        <translation>%1, terlambat</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>current</source>
        <translation>berjalan</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>belum</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>tidak dicapai</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Selesai pada</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Waktu yang dipakai</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Mutu baku</translation>
    </message>
    <message>
        <source>1. withdrawal letter</source>
        <translation>1. surat pencabutan</translation>
    </message>
    <message>
        <source>2. head of division's decision</source>
        <translation>2. keputusan Kepala Bidang</translation>
    </message>
    <message>
        <source>3. withdrawal completed</source>
        <translation>3. pencabutan selesai</translation>
    </message>
</context>
<context>
    <name>kolokasi::RequestTimelineView</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>Done by %1 on %2</source>
        <translation>Dikerjakan oleh %1 pada %2</translation>
    </message>
</context>
<context>
    <name>kolokasi::ReviewLinesModel</name>
    <message>
        <source>Not reviewed</source>
        <translation>Belum ditinjau</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Sesuai</translation>
    </message>
    <message>
        <source>Does not match</source>
        <translation>Tidak sesuai</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Tidak ditemukan</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>%1 dari %2 ditinjau</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Nomor register</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>NOC / rack / U</source>
        <translation>NOC / rak / U</translation>
    </message>
    <message>
        <source>S/N</source>
        <translation>S/N</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>kolokasi::ReviewListModel</name>
    <message>
        <source>Finished %1</source>
        <translation>Selesai %1</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Sedang berjalan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Peninjau</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Ditinjau</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Sesuai</translation>
    </message>
    <message>
        <source>Does not match</source>
        <translation>Tidak sesuai</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Tidak ditemukan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
</context>
<context>
    <name>kolokasi::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Peninjauan</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Mulai peninjauan</translation>
    </message>
    <message>
        <source>Start a review</source>
        <translation>Mulai peninjauan</translation>
    </message>
    <message>
        <source>A review lists every active asset; mark each one as found. Findings are saved as you go, and another admin can continue the review.</source>
        <translation>Peninjauan memuat setiap aset aktif; tandai masing-masing sesuai keadaan di lapangan. Hasil tersimpan seketika, dan admin lain dapat melanjutkan peninjauan.</translation>
    </message>
    <message>
        <source>Date of the review:</source>
        <translation>Tanggal peninjauan:</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Peninjau:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <source>Reviews held so far</source>
        <translation>Peninjauan yang sudah ada</translation>
    </message>
    <message>
        <source>The review will be finished: the %1 reviewed assets get %2 as their last review date, and its findings can no longer be changed.</source>
        <translation>Peninjauan akan diselesaikan: %1 aset yang sudah ditinjau mendapat tanggal tinjauan terakhir %2, dan hasilnya tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>The %1 assets not reviewed keep their last review date and count as overdue once it is more than 12 months old.</source>
        <translation>%1 aset yang belum ditinjau tetap dengan tanggal tinjauan terakhirnya dan terhitung terlambat ditinjau bila tanggal itu lebih dari 12 bulan yang lalu.</translation>
    </message>
    <message>
        <source>Continue?</source>
        <translation>Lanjutkan?</translation>
    </message>
    <message>
        <source>Finish review</source>
        <translation>Selesaikan peninjauan</translation>
    </message>
    <message>
        <source>Keep reviewing</source>
        <translation>Lanjutkan meninjau</translation>
    </message>
    <message>
        <source>The review is finished: %1 assets are stamped reviewed on %2.</source>
        <translation>Peninjauan selesai: %1 aset tercatat ditinjau pada %2.</translation>
    </message>
    <message>
        <source>Choose a review in the list to print it.</source>
        <translation>Pilih peninjauan dalam daftar untuk mencetaknya.</translation>
    </message>
    <message>
        <source>No review in progress.</source>
        <translation>Tidak ada peninjauan yang sedang berjalan.</translation>
    </message>
</context>
<context>
    <name>kolokasi::ReviewSheet</name>
    <message>
        <source>Matches (1)</source>
        <translation>Sesuai (1)</translation>
    </message>
    <message>
        <source>Does not match (2)</source>
        <translation>Tidak sesuai (2)</translation>
    </message>
    <message>
        <source>Not found (3)</source>
        <translation>Tidak ditemukan (3)</translation>
    </message>
    <message>
        <source>Correct asset…</source>
        <translation>Koreksi aset…</translation>
    </message>
    <message>
        <source>All assets</source>
        <translation>Semua aset</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Belum ditinjau</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Sesuai</translation>
    </message>
    <message>
        <source>Does not match</source>
        <translation>Tidak sesuai</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Tidak ditemukan</translation>
    </message>
    <message>
        <source>Note: what differs (found in another rack, different S/N, server gone…)</source>
        <translation>Catatan: apa yang berbeda (ada di rak lain, S/N berbeda, server tidak ada…)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tampilkan:</translation>
    </message>
    <message>
        <source>Review of %1 by %2</source>
        <translation>Peninjauan %1 oleh %2</translation>
    </message>
    <message>
        <source>The correction of %1 is recorded in its request's history.</source>
        <translation>Koreksi %1 tercatat dalam riwayat permohonannya.</translation>
    </message>
</context>
<context>
    <name>kolokasi::SearchableComboBox</name>
    <message>
        <source>Type to search; Enter on a new name adds it</source>
        <translation>Ketik untuk mencari; Enter pada nama baru menambahkannya</translation>
    </message>
</context>
<context>
    <name>kolokasi::ServerRowsEditor</name>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nama Server</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Prosesor</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Motherboard</source>
        <translation>Motherboard</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>PSU</source>
        <translation>PSU</translation>
    </message>
    <message>
        <source>Rack units</source>
        <translation>Unit rak</translation>
    </message>
    <message>
        <source>Power (W)</source>
        <translation>Daya (W)</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Tambah server</translation>
    </message>
    <message>
        <source>e.g. srv-simpeg</source>
        <translation>mis. srv-simpeg</translation>
    </message>
    <message>
        <source>e.g. Intel Xeon Silver 4310</source>
        <translation>mis. Intel Xeon Silver 4310</translation>
    </message>
    <message>
        <source>e.g. 64 GB</source>
        <translation>mis. 64 GB</translation>
    </message>
    <message>
        <source>e.g. 2 x 960 GB SSD</source>
        <translation>mis. 2 x 960 GB SSD</translation>
    </message>
    <message>
        <source>e.g. 2 x 750 W</source>
        <translation>mis. 2 x 750 W</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>kolokasi::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
</context>
<context>
    <name>kolokasi::SettingsSection</name>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Muat ulang</translation>
    </message>
</context>
<context>
    <name>kolokasi::SetupAgencyPage</name>
    <message>
        <source>Agency and letterhead</source>
        <translation>Instansi dan kop surat</translation>
    </message>
    <message>
        <source>As the letterhead (kop surat) of the printed forms shows it.</source>
        <translation>Seperti yang tercetak pada kop surat formulir.</translation>
    </message>
    <message>
        <source>Government:</source>
        <translation>Pemerintah:</translation>
    </message>
    <message>
        <source>Enter the government's name.</source>
        <translation>Isi nama pemerintah.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>mis. %1</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Dinas:</translation>
    </message>
    <message>
        <source>Enter the office's name.</source>
        <translation>Isi nama dinas.</translation>
    </message>
    <message>
        <source>Division:</source>
        <translation>Bidang:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Situs web:</translation>
    </message>
    <message>
        <source>City of the date line:</source>
        <translation>Kota pada baris tanggal:</translation>
    </message>
    <message>
        <source>Enter the city printed before the date.</source>
        <translation>Isi kota yang dicetak sebelum tanggal.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Pilih logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Enter the address.</source>
        <translation>Isi alamat.</translation>
    </message>
    <message>
        <source>Numbering pattern:</source>
        <translation>Pola penomoran:</translation>
    </message>
    <message>
        <source>Enter the numbering pattern.</source>
        <translation>Isi pola penomoran.</translation>
    </message>
    <message>
        <source>{seq:4} is the sequence of the year, {code} the document's code (PGJ, PSJ, BAST...), {year} the year of its date; start with your archive classification code, e.g. %1.</source>
        <translation>{seq:4} adalah urutan tahun berjalan, {code} kode dokumen (PGJ, PSJ, BAST...), {year} tahun tanggal dokumen; awali dengan kode klasifikasi arsip instansi, mis. %1.</translation>
    </message>
</context>
<context>
    <name>kolokasi::SetupDataCentrePage</name>
    <message>
        <source>NOC and racks</source>
        <translation>NOC dan rak</translation>
    </message>
    <message>
        <source>The server room where the units' servers are placed. More rooms and racks can be added later.</source>
        <translation>Ruang server tempat server unit ditempatkan. Ruang dan rak lain dapat ditambahkan nanti.</translation>
    </message>
    <message>
        <source>NOC name:</source>
        <translation>Nama NOC:</translation>
    </message>
    <message>
        <source>Enter the NOC's name.</source>
        <translation>Isi nama NOC.</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lokasi:</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>mis. %1</translation>
    </message>
    <message>
        <source>Number of racks:</source>
        <translation>Jumlah rak:</translation>
    </message>
    <message>
        <source>Rack height:</source>
        <translation>Tinggi rak:</translation>
    </message>
    <message>
        <source>Power budget per rack:</source>
        <translation>Anggaran daya per rak:</translation>
    </message>
    <message>
        <source>The racks are named R01, R02, … and can be renamed later.</source>
        <translation>Rak diberi nama R01, R02, … dan dapat diganti namanya nanti.</translation>
    </message>
</context>
<context>
    <name>kolokasi::SetupFacilitiesPage</name>
    <message>
        <source>Facility budgets and public IP</source>
        <translation>Anggaran fasilitas dan IP publik</translation>
    </message>
    <message>
        <source>What the capacity check (step 3) compares each request against.</source>
        <translation>Yang menjadi pembanding setiap permohonan pada cek kapasitas (langkah 3).</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <source>UPS capacity:</source>
        <translation>Kapasitas UPS:</translation>
    </message>
    <message>
        <source>Genset capacity:</source>
        <translation>Kapasitas genset:</translation>
    </message>
    <message>
        <source>Bandwidth:</source>
        <translation>Bandwidth:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Public IP pool</source>
        <translation>Pool IP publik</translation>
    </message>
    <message>
        <source>Pool name:</source>
        <translation>Nama pool:</translation>
    </message>
    <message>
        <source>Enter the pool's name.</source>
        <translation>Isi nama pool.</translation>
    </message>
    <message>
        <source>Network (CIDR):</source>
        <translation>Jaringan (CIDR):</translation>
    </message>
    <message>
        <source>Enter the public network, e.g. 103.10.20.0/26.</source>
        <translation>Isi jaringan publik, mis. 103.10.20.0/26.</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>Gateway:</translation>
    </message>
    <message>
        <source>Suggested: the first address, where most offices put the router. The gateway is never proposed to a server; left empty, the first address is held back until a gateway is set in Data Centre.</source>
        <translation>Disarankan alamat pertama, tempat kebanyakan kantor memasang router. Gateway tidak pernah diusulkan untuk server; bila dikosongkan, alamat pertama ditahan sampai gateway diisi di Pusat Data.</translation>
    </message>
</context>
<context>
    <name>kolokasi::SetupFirstUnitPage</name>
    <message>
        <source>First unit (optional)</source>
        <translation>Unit pertama (boleh dilewati)</translation>
    </message>
    <message>
        <source>The unit (OPD) whose request comes first. Leave it empty to add units later.</source>
        <translation>Unit (OPD) yang permohonannya datang pertama. Biarkan kosong untuk menambah unit nanti.</translation>
    </message>
    <message>
        <source>Unit name:</source>
        <translation>Nama Unit:</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>mis. %1</translation>
    </message>
    <message>
        <source>Short name:</source>
        <translation>Singkatan:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <source>Enter the unit's name, or empty the other fields to add no unit.</source>
        <translation>Isi nama unit, atau kosongkan isian lain bila tidak menambah unit.</translation>
    </message>
</context>
<context>
    <name>kolokasi::SetupPage</name>
    <message>
        <source>To go on: %1</source>
        <translation>Untuk lanjut: %1</translation>
    </message>
</context>
<context>
    <name>kolokasi::SetupPeoplePage</name>
    <message>
        <source>Kepala Bidang and data centre officer</source>
        <translation>Kepala Bidang dan personil data center</translation>
    </message>
    <message>
        <source>They sign the approval and the handover; the officer also signs in to work.</source>
        <translation>Mereka menandatangani persetujuan dan serah terima; personil juga masuk untuk bekerja.</translation>
    </message>
    <message>
        <source>Kepala Bidang</source>
        <translation>Kepala Bidang</translation>
    </message>
    <message>
        <source>Data centre officer</source>
        <translation>Personil data center</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Isi nama.</translation>
    </message>
    <message>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <source>Enter the position.</source>
        <translation>Isi jabatan.</translation>
    </message>
    <message>
        <source>Kepala Bidang: %1</source>
        <translation>Kepala Bidang: %1</translation>
    </message>
    <message>
        <source>Data centre officer: %1</source>
        <translation>Personil data center: %1</translation>
    </message>
    <message>
        <source>PNS (civil servant)</source>
        <translation>PNS (pegawai negeri sipil)</translation>
    </message>
    <message>
        <source>PPPK (contract employee)</source>
        <translation>PPPK (perjanjian kerja)</translation>
    </message>
    <message>
        <source>Employment:</source>
        <translation>Kepegawaian:</translation>
    </message>
    <message>
        <source>Enter the number.</source>
        <translation>Isi nomornya.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>kolokasi::SetupWelcomePage</name>
    <message>
        <source>Welcome to Kolokasi</source>
        <translation>Selamat datang di Kolokasi</translation>
    </message>
    <message>
        <source>The database is still empty. This guide sets up what the first request needs; everything can be changed later.</source>
        <translation>Basis data masih kosong. Panduan ini menyiapkan apa yang dibutuhkan permohonan pertama; semuanya dapat diubah nanti.</translation>
    </message>
    <message>
        <source>You will be asked for the agency and its letterhead, the Kepala Bidang and the data centre officer who sign the forms, the NOC with its racks, the facility budgets (UPS, genset, bandwidth), a public IP pool and, if you like, the first unit.</source>
        <translation>Anda akan ditanya tentang instansi dan kop suratnya, Kepala Bidang dan personil data center yang menandatangani formulir, NOC beserta raknya, anggaran fasilitas (UPS, genset, bandwidth), pool IP publik dan, bila mau, unit pertama.</translation>
    </message>
    <message>
        <source>Set up our data centre</source>
        <translation>Siapkan data center kita</translation>
    </message>
    <message>
        <source>Try it with sample data</source>
        <translation>Coba dengan data contoh</translation>
    </message>
    <message>
        <source>The sample data is a made-up data centre of Kabupaten Cirebon with requests at every step; use a new database for your own data.</source>
        <translation>Data contoh adalah data center rekaan Kabupaten Cirebon dengan permohonan di setiap langkah; pakai basis data baru untuk data Anda sendiri.</translation>
    </message>
</context>
<context>
    <name>kolokasi::SetupWizard</name>
    <message>
        <source>Setting up Kolokasi</source>
        <translation>Menyiapkan Kolokasi</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Kembali</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Lanjut &gt;</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>kolokasi::SignatoriesEditor</name>
    <message>
        <source>"a.n." is printed by itself where a letter goes out on the Kepala Dinas's behalf; choose Plt. or Plh. only for an official who holds the post as acting.</source>
        <translation>"a.n." dicetak dengan sendirinya pada surat yang keluar atas nama Kepala Dinas; pilih Plt. atau Plh. hanya untuk pejabat yang menjabat sebagai pelaksana.</translation>
    </message>
    <message>
        <source>Kepala Dinas</source>
        <translation>Kepala Dinas</translation>
    </message>
    <message>
        <source>Kepala Bidang</source>
        <translation>Kepala Bidang</translation>
    </message>
    <message>
        <source>Data-centre officer</source>
        <translation>Personil Data Center</translation>
    </message>
    <message>
        <source>Receiving officer (serah terima; the data-centre officer if empty)</source>
        <translation>Petugas penerima (serah terima; Personil Data Center bila kosong)</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Penandatangan</translation>
    </message>
    <message>
        <source>Name and titles:</source>
        <translation>Nama dan gelar:</translation>
    </message>
    <message>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <source>Rank (pangkat/golongan):</source>
        <translation>Pangkat/golongan:</translation>
    </message>
    <message>
        <source>Holds the post</source>
        <translation>Pejabat definitif</translation>
    </message>
    <message>
        <source>Plt. (pelaksana tugas)</source>
        <translation>Plt. (pelaksana tugas)</translation>
    </message>
    <message>
        <source>Plh. (pelaksana harian)</source>
        <translation>Plh. (pelaksana harian)</translation>
    </message>
    <message>
        <source>Acting:</source>
        <translation>Status jabatan:</translation>
    </message>
    <message>
        <source>Enter the signatory's name.</source>
        <translation>Isi nama penandatangan.</translation>
    </message>
    <message>
        <source>Enter the signatory's position.</source>
        <translation>Isi jabatan penandatangan.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The signatories were saved; printouts use them from now on.</source>
        <translation>Penandatangan tersimpan; cetakan memakainya mulai sekarang.</translation>
    </message>
</context>
<context>
    <name>kolokasi::SignatoryPicker</name>
    <message>
        <source>Add new officer…</source>
        <translation>Tambah pejabat baru…</translation>
    </message>
</context>
<context>
    <name>kolokasi::UnitDialog</name>
    <message>
        <source>Edit unit</source>
        <translation>Ubah unit</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Tambah unit</translation>
    </message>
    <message>
        <source>Fill in the unit's name.</source>
        <translation>Isi nama unit.</translation>
    </message>
    <message>
        <source>e.g. Dinas Kesehatan</source>
        <translation>mis. Dinas Kesehatan</translation>
    </message>
    <message>
        <source>e.g. Dinkes</source>
        <translation>mis. Dinkes</translation>
    </message>
    <message>
        <source>e.g. 0812-2345-6789 or (0231) 8330580</source>
        <translation>mis. 0812-2345-6789 atau (0231) 8330580</translation>
    </message>
    <message>
        <source>Unit name:</source>
        <translation>Nama Unit:</translation>
    </message>
    <message>
        <source>Short code:</source>
        <translation>Kode singkat:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Letters to the unit are addressed to this title. Leave it empty to use the usual title for the unit's name.</source>
        <translation>Surat kepada unit ditujukan kepada jabatan ini. Kosongkan untuk memakai jabatan yang lazim menurut nama unit.</translation>
    </message>
    <message>
        <source>Head's title:</source>
        <translation>Jabatan kepala:</translation>
    </message>
</context>
<context>
    <name>kolokasi::UnitListModel</name>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>kolokasi::UnitsPage</name>
    <message>
        <source>Units &amp; Officers</source>
        <translation>Unit &amp; Pejabat</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Tambah unit</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>Tampilkan yang dipensiunkan</translation>
    </message>
    <message>
        <source>Search unit, short code, officer or NIP…</source>
        <translation>Cari unit, kode singkat, pejabat, atau NIP…</translation>
    </message>
    <message>
        <source>Short code:</source>
        <translation>Kode singkat:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Edit unit…</source>
        <translation>Ubah unit…</translation>
    </message>
    <message>
        <source>Retire unit…</source>
        <translation>Pensiunkan unit…</translation>
    </message>
    <message>
        <source>Add officer…</source>
        <translation>Tambah pejabat…</translation>
    </message>
    <message>
        <source>Edit officer…</source>
        <translation>Ubah pejabat…</translation>
    </message>
    <message>
        <source>Retire officer…</source>
        <translation>Pensiunkan pejabat…</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Pejabat</translation>
    </message>
    <message>
        <source>Units shown: %1</source>
        <translation>Unit ditampilkan: %1</translation>
    </message>
    <message>
        <source>No unit chosen</source>
        <translation>Belum ada unit yang dipilih</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Retire unit</source>
        <translation>Pensiunkan unit</translation>
    </message>
    <message>
        <source>%1 will no longer be offered for new requests; its earlier requests and printouts keep showing it. Retire it?</source>
        <translation>%1 tidak lagi ditawarkan untuk permohonan baru; permohonan dan cetakan sebelumnya tetap menampilkannya. Pensiunkan?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Retire officer</source>
        <translation>Pensiunkan pejabat</translation>
    </message>
    <message>
        <source>%1 will no longer be offered as responsible officer; earlier requests and printouts keep showing them. Retire them?</source>
        <translation>%1 tidak lagi ditawarkan sebagai penanggung jawab; permohonan dan cetakan sebelumnya tetap menampilkannya. Pensiunkan?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Muat ulang</translation>
    </message>
</context>
<context>
    <name>kolokasi::WithdrawalCompletionPage</name>
    <message>
        <source>Decision:</source>
        <translation>Keputusan:</translation>
    </message>
    <message>
        <source>Removed on:</source>
        <translation>Dilepas pada:</translation>
    </message>
    <message>
        <source>Completing frees the server's rack units and IP addresses and marks the asset withdrawn in the register.</source>
        <translation>Penyelesaian membebaskan unit rak dan alamat IP server dan mencatat aset sebagai dicabut di aset register.</translation>
    </message>
    <message>
        <source>Complete the withdrawal</source>
        <translation>Selesaikan pencabutan</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Disetujui oleh %1 pada %2</translation>
    </message>
    <message>
        <source>The server's rack units and IP addresses will be freed and the asset marked withdrawn. Continue?</source>
        <translation>Unit rak dan alamat IP server akan dibebaskan dan aset dicatat sebagai dicabut. Lanjutkan?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>kolokasi::WithdrawalDecisionPage</name>
    <message>
        <source>Approves</source>
        <translation>Menyetujui</translation>
    </message>
    <message>
        <source>Rejects</source>
        <translation>Menolak</translation>
    </message>
    <message>
        <source>Needed when rejecting</source>
        <translation>Wajib diisi jika menolak</translation>
    </message>
    <message>
        <source>Considerations of the unit:</source>
        <translation>Pertimbangan unit:</translation>
    </message>
    <message>
        <source>Decision of the head of division</source>
        <translation>Keputusan Kepala Bidang</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Keputusan:</translation>
    </message>
    <message>
        <source>Head of division:</source>
        <translation>Kepala Bidang:</translation>
    </message>
    <message>
        <source>Considerations:</source>
        <translation>Pertimbangan:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <source>Reject the withdrawal</source>
        <translation>Tolak pencabutan</translation>
    </message>
    <message>
        <source>The withdrawal request will be closed as rejected and the server stays in place. Continue?</source>
        <translation>Permohonan pencabutan akan ditutup karena ditolak dan server tetap di tempatnya. Lanjutkan?</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Biarkan terbuka</translation>
    </message>
</context>
<context>
    <name>kolokasi::WithdrawalRegistrationPage</name>
    <message>
        <source>Enter the number of the unit's letter.</source>
        <translation>Isi nomor surat dari unit.</translation>
    </message>
    <message>
        <source>Blank: "Pencabutan co-location" and the register number</source>
        <translation>Kosong: "Pencabutan co-location" dan nomor register</translation>
    </message>
    <message>
        <source>Asset:</source>
        <translation>Aset:</translation>
    </message>
    <message>
        <source>Letter number:</source>
        <translation>Nomor surat:</translation>
    </message>
    <message>
        <source>Letter date:</source>
        <translation>Tanggal surat:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Perihal:</translation>
    </message>
    <message>
        <source>Considerations:</source>
        <translation>Pertimbangan:</translation>
    </message>
    <message>
        <source>%1 - %2 (%3, %4)</source>
        <translation>%1 - %2 (%3, %4)</translation>
    </message>
    <message>
        <source>No active asset to withdraw.</source>
        <translation>Tidak ada aset aktif yang dapat dicabut.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kolokasi</source>
        <translation>Kolokasi</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved</source>
        <translation>Hanya-baca: perubahan tidak dapat disimpan</translation>
    </message>
    <message>
        <source>Password of %1 for %2:</source>
        <translation>Kata sandi %1 untuk %2:</translation>
    </message>
</context>
</TS>
