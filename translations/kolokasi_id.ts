<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
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
        <source>Usage: kolokasi [--database LOCATION] [--lang id|en] [COMMAND [OPTIONS]]

Co-location of servers and hosting of applications for a Diskominfo data centre.
Without a command, opens the window.

Options:
  -d, --database LOCATION  an SQLite file, or postgresql://user@host:port/database
                           (default: the database chosen in settings, else
                           kolokasi.sqlite in the user's data folder)
  --lang id|en             language of windows and messages
  -h, --help               show this help
  -v, --version            show the version

Commands:
</source>
        <translation>Pemakaian: kolokasi [--database LOKASI] [--lang id|en] [PERINTAH [OPSI]]

Co-location server dan hosting aplikasi untuk data center Diskominfo.
Tanpa perintah, membuka jendela aplikasi.

Opsi:
  -d, --database LOKASI    berkas SQLite, atau postgresql://user@host:port/database
                           (bawaan: database yang dipilih di pengaturan, atau
                           kolokasi.sqlite di folder data pengguna)
  --lang id|en             bahasa jendela dan pesan
  -h, --help               tampilkan bantuan ini
  -v, --version            tampilkan versi

Perintah:
</translation>
    </message>
    <message>
        <source>Unknown command: %1. See kolokasi --help.</source>
        <translation>Perintah tidak dikenal: %1. Lihat kolokasi --help.</translation>
    </message>
    <message>
        <source>show the database in use and its schema version</source>
        <translation>tampilkan database yang dipakai dan versi skemanya</translation>
    </message>
    <message>
        <source>Usage: kolokasi [--database LOCATION] info</source>
        <translation>Pemakaian: kolokasi [--database LOKASI] info</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Mesin: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Versi skema: %1</translation>
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
        <source>A rack is 1 to 60 U high.</source>
        <translation>Tinggi rak 1 sampai 60 U.</translation>
    </message>
    <message>
        <source>The power budget cannot be negative.</source>
        <translation>Anggaran daya tidak boleh negatif.</translation>
    </message>
    <message>
        <source>rack</source>
        <translation>rak</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The Qt database driver %1 is not installed (Debian package %2).</source>
        <translation>Driver database Qt %1 belum terpasang (paket Debian %2).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Folder %1 untuk database tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Database %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>This value is already in use.</source>
        <translation>Nilai ini sudah dipakai.</translation>
    </message>
    <message>
        <source>This refers to a record that does not exist or is still in use.</source>
        <translation>Data yang dirujuk tidak ada atau masih dipakai.</translation>
    </message>
    <message>
        <source>This value is not allowed here.</source>
        <translation>Nilai ini tidak diperbolehkan di sini.</translation>
    </message>
    <message>
        <source>This field must be filled in.</source>
        <translation>Kolom ini wajib diisi.</translation>
    </message>
    <message>
        <source>The database is busy with another user's change. Try again.</source>
        <translation>Database sedang dipakai untuk perubahan pengguna lain. Coba lagi.</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>Database menolak perubahan: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database given.</source>
        <translation>Database belum ditentukan.</translation>
    </message>
    <message>
        <source>Not a valid PostgreSQL address: %1. Write it as postgresql://user@host:port/database.</source>
        <translation>Alamat PostgreSQL tidak sah: %1. Tulis sebagai postgresql://user@host:port/database.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>This database was written by a newer Kolokasi (schema version %1; this program knows up to version %2). Update Kolokasi to open it.</source>
        <translation>Database ini dibuat oleh Kolokasi yang lebih baru (versi skema %1; program ini hanya mengenal sampai versi %2). Perbarui Kolokasi untuk membukanya.</translation>
    </message>
    <message>
        <source>Could not upgrade the database to schema version %1: %2</source>
        <translation>Database tidak dapat ditingkatkan ke versi skema %1: %2</translation>
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
    <name>StoreErrors</name>
    <message>
        <source>No %1 with number %2.</source>
        <translation>Tidak ada %1 dengan nomor %2.</translation>
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
    <name>kolokasi::MainWindow</name>
    <message>
        <source>Kolokasi — co-location and application hosting</source>
        <translation>Kolokasi — co-location server dan hosting aplikasi</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kolokasi&lt;/h2&gt;&lt;p&gt;Co-location of servers and hosting of applications, following the data centre's SOP.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kolokasi&lt;/h2&gt;&lt;p&gt;Co-location server dan hosting aplikasi, sesuai SOP data center.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kolokasi</source>
        <translation>Kolokasi</translation>
    </message>
</context>
</TS>
