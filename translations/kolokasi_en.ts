<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApplicationStep</name>
    <message>
        <source>Unit address</source>
        <translation>Unit address</translation>
    </message>
    <message>
        <source>A placement that is not permanent needs its end date.</source>
        <translation>A placement that is not permanent needs its end date.</translation>
    </message>
    <message>
        <source>The end of validity must lie in the future.</source>
        <translation>The end of validity must lie in the future.</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>Responsible officer</translation>
    </message>
    <message>
        <source>The responsible officer must belong to the requesting unit.</source>
        <translation>The responsible officer must belong to the requesting unit.</translation>
    </message>
    <message>
        <source>The application form (pengajuan) has not been filled.</source>
        <translation>The application form (pengajuan) has not been filled.</translation>
    </message>
    <message>
        <source>The unit address is missing.</source>
        <translation>The unit address is missing.</translation>
    </message>
    <message>
        <source>The contact number is missing.</source>
        <translation>The contact number is missing.</translation>
    </message>
    <message>
        <source>The domain name is missing.</source>
        <translation>The domain name is missing.</translation>
    </message>
    <message>
        <source>The end of validity is missing.</source>
        <translation>The end of validity is missing.</translation>
    </message>
    <message>
        <source>The responsible officer %1 has no valid NIP or PPPK number.</source>
        <translation>The responsible officer %1 has no valid NIP or PPPK number.</translation>
    </message>
</context>
<context>
    <name>ApprovalStep</name>
    <message>
        <source>Considerations</source>
        <translation>Considerations</translation>
    </message>
    <message>
        <source>Server %1 has no placement (NOC, location) on the approval.</source>
        <translation>Server %1 has no placement (NOC, location) on the approval.</translation>
    </message>
    <message>
        <source>no room found</source>
        <translation>no room found</translation>
    </message>
    <message>
        <source>Server %1: the placement differs from the proposal (%2). Write a note why.</source>
        <translation>Server %1: the placement differs from the proposal (%2). Write a note why.</translation>
    </message>
</context>
<context>
    <name>AssetHistoryReader</name>
    <message>
        <source>asset</source>
        <translation>asset</translation>
    </message>
</context>
<context>
    <name>AssetRepository</name>
    <message>
        <source>asset</source>
        <translation>asset</translation>
    </message>
    <message>
        <source>The asset is no longer active.</source>
        <translation>The asset is no longer active.</translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>%1 is not a file name; give the name of the file to write.</source>
        <translation>%1 is not a file name; give the name of the file to write.</translation>
    </message>
    <message>
        <source>The file %1 is a database and is never overwritten; choose another file name.</source>
        <translation>The file %1 is a database and is never overwritten; choose another file name.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it or choose another place for the file.</source>
        <translation>The folder %1 does not exist; create it or choose another place for the file.</translation>
    </message>
    <message>
        <source>You may not write in the folder %1; choose another place for the file %2.</source>
        <translation>You may not write in the folder %1; choose another place for the file %2.</translation>
    </message>
    <message>
        <source>Could not write the file %1, so nothing was changed there; check the free disk space and your right to write in its folder.</source>
        <translation>Could not write the file %1, so nothing was changed there; check the free disk space and your right to write in its folder.</translation>
    </message>
    <message>
        <source>The disk of the folder %1 is full, so %2 was not written and what was there before is unchanged; free some space there or choose another folder.</source>
        <translation>The disk of the folder %1 is full, so %2 was not written and what was there before is unchanged; free some space there or choose another folder.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>write a consistent copy of the database to a file, also while in use</source>
        <translation>write a consistent copy of the database to a file, also while in use</translation>
    </message>
    <message>
        <source>Usage: kolokasi --database LOCATION backup OUT</source>
        <translation>Usage: kolokasi --database LOCATION backup OUT</translation>
    </message>
    <message>
        <source>Name the file to write the backup to.</source>
        <translation>Name the file to write the backup to.</translation>
    </message>
    <message>
        <source>Backup of %1 written to %2.</source>
        <translation>Backup of %1 written to %2.</translation>
    </message>
</context>
<context>
    <name>BulkGenerator</name>
    <message>
        <source>Give at least one asset and one request.</source>
        <translation>Give at least one asset and one request.</translation>
    </message>
    <message>
        <source>Give at most four requests per asset (plus 100).</source>
        <translation>Give at most four requests per asset (plus 100).</translation>
    </message>
</context>
<context>
    <name>Cancellation</name>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>The server has been handed over: the request can no longer be cancelled.</source>
        <translation>The server has been handed over: the request can no longer be cancelled.</translation>
    </message>
</context>
<context>
    <name>CapacityCheckStep</name>
    <message>
        <source>The verdict differs from the computed capacity: explain it in a note.</source>
        <translation>The verdict differs from the computed capacity: explain it in a note.</translation>
    </message>
    <message>
        <source>Capacity not available.</source>
        <translation>Capacity not available.</translation>
    </message>
</context>
<context>
    <name>ChangeChannel</name>
    <message>
        <source>Could not listen for other admins' changes: %1</source>
        <translation>Could not listen for other admins' changes: %1</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>The file has no column for: %1. Add the column, or choose which column holds it.</source>
        <translation>The file has no column for: %1. Add the column, or choose which column holds it.</translation>
    </message>
    <message>
        <source>The column(s) %1 look like register fields but are not matched to any: nothing would be imported from them. Choose the field each one holds, or leave it out on purpose (--ignore-column NAME, or "not imported" in the mapping step).</source>
        <translation>The column(s) %1 look like register fields but are not matched to any: nothing would be imported from them. Choose the field each one holds, or leave it out on purpose (--ignore-column NAME, or "not imported" in the mapping step).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>The option %1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1. See kolokasi --help.</source>
        <translation>Unknown command: %1. See kolokasi --help.</translation>
    </message>
    <message>
        <source>show the database in use and its schema version</source>
        <translation>show the database in use and its schema version</translation>
    </message>
    <message>
        <source>Usage: kolokasi [--database LOCATION] info</source>
        <translation>Usage: kolokasi [--database LOCATION] info</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Engine: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <source>fill a new, empty database with a realistic sample data centre</source>
        <translation>fill a new, empty database with a realistic sample data centre</translation>
    </message>
    <message>
        <source>Usage: kolokasi --database LOCATION demo</source>
        <translation>Usage: kolokasi --database LOCATION demo</translation>
    </message>
    <message>
        <source>Demo data centre written to %1.</source>
        <translation>Demo data centre written to %1.</translation>
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
        <translation>Usage: kolokasi [--database LOCATION] [--lang id|en] [--verbose] [COMMAND [OPTIONS]]

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
</translation>
    </message>
    <message>
        <source>The demo stopped and wrote nothing: %1</source>
        <translation>The demo stopped and wrote nothing: %1</translation>
    </message>
    <message>
        <source>This Kolokasi upgrades it to schema version %1 when it opens it for work.</source>
        <translation>This Kolokasi upgrades it to schema version %1 when it opens it for work.</translation>
    </message>
    <message>
        <source>Access: read-only (the file or its folder may not be written)</source>
        <translation>Access: read-only (the file or its folder may not be written)</translation>
    </message>
    <message>
        <source>Access: read and write</source>
        <translation>Access: read and write</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>write a PNG of every screen of the window with the database's data</source>
        <translation>write a PNG of every screen of the window with the database's data</translation>
    </message>
    <message>
        <source>the folder for the PNG files</source>
        <translation>the folder for the PNG files</translation>
    </message>
    <message>
        <source>Usage: kolokasi --database LOCATION screenshots DIR</source>
        <translation>Usage: kolokasi --database LOCATION screenshots DIR</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>%1 screenshots written to %2.</source>
        <translation>%1 screenshots written to %2.</translation>
    </message>
    <message>
        <source>%1 could not be created.</source>
        <translation>%1 could not be created.</translation>
    </message>
</context>
<context>
    <name>CompletionStep</name>
    <message>
        <source>A request is complete only after the handover.</source>
        <translation>A request is complete only after the handover.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Enter the host name of the PostgreSQL server.</source>
        <translation>Enter the host name of the PostgreSQL server.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Enter the name of the database.</translation>
    </message>
    <message>
        <source>The server %1 refused the user %2 or the password; check both.</source>
        <translation>The server %1 refused the user %2 or the password; check both.</translation>
    </message>
    <message>
        <source>The server %1 has no database %2; check its name.</source>
        <translation>The server %1 has no database %2; check its name.</translation>
    </message>
    <message>
        <source>The server %1 does not accept the SSL mode %2; choose another.</source>
        <translation>The server %1 does not accept the SSL mode %2; choose another.</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at %1; check the host name and port, and the network.</source>
        <translation>No PostgreSQL server answers at %1; check the host name and port, and the network.</translation>
    </message>
</context>
<context>
    <name>CorrectionRepository</name>
    <message>
        <source>The field %1 cannot be corrected.</source>
        <translation>The field %1 cannot be corrected.</translation>
    </message>
    <message>
        <source>Someone else changed this value meanwhile; reload it and try again.</source>
        <translation>Someone else changed this value meanwhile; reload it and try again.</translation>
    </message>
</context>
<context>
    <name>CorrectionStep</name>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>This value belongs to step %1, which the request has not reached.</source>
        <translation>This value belongs to step %1, which the request has not reached.</translation>
    </message>
    <message>
        <source>The new value is the same as the old one.</source>
        <translation>The new value is the same as the old one.</translation>
    </message>
    <message>
        <source>%1 is already used by another placed server.</source>
        <translation>%1 is already used by another placed server.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 is not a CSV or Excel (.xlsx) file. Save the register from the spreadsheet program as CSV or .xlsx and try again.</source>
        <translation>%1 is not a CSV or Excel (.xlsx) file. Save the register from the spreadsheet program as CSV or .xlsx and try again.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed. Check the double quotes (") on that line.</source>
        <translation>%1, line %2: a quoted field is never closed. Check the double quotes (") on that line.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a CSV register to import may be at most %3 MB. Split it into smaller files, or leave out the columns and rows that are not assets.</source>
        <translation>%1 is %2 MB; a CSV register to import may be at most %3 MB. Split it into smaller files, or leave out the columns and rows that are not assets.</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>Cannot create the backup folder %1; choose a folder you may write to.</source>
        <translation>Cannot create the backup folder %1; choose a folder you may write to.</translation>
    </message>
</context>
<context>
    <name>DataCentreRepository</name>
    <message>
        <source>NOC name</source>
        <translation>NOC name</translation>
    </message>
    <message>
        <source>NOC</source>
        <translation>NOC</translation>
    </message>
    <message>
        <source>Rack name</source>
        <translation>Rack name</translation>
    </message>
    <message>
        <source>The power budget cannot be negative.</source>
        <translation>The power budget cannot be negative.</translation>
    </message>
    <message>
        <source>rack</source>
        <translation>rack</translation>
    </message>
    <message>
        <source>A rack is 1 to %1 U high.</source>
        <translation>A rack is 1 to %1 U high.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given; name the database file to open.</source>
        <translation>No database file was given; name the database file to open.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file; name the database file inside it.</source>
        <translation>%1 is a folder, not a database file; name the database file inside it.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; check the path of the database %2.</source>
        <translation>The folder %1 does not exist; check the path of the database %2.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist; check the name and the folder.</source>
        <translation>The database file %1 does not exist; check the name and the folder.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database; choose a place you may write to.</source>
        <translation>Cannot create the folder %1 for the database; choose a place you may write to.</translation>
    </message>
    <message>
        <source>Cannot create the database file %1; choose a place you may write to.</source>
        <translation>Cannot create the database file %1; choose a place you may write to.</translation>
    </message>
    <message>
        <source>The Qt database driver %1 is not installed; install the Debian package %2.</source>
        <translation>The Qt database driver %1 is not installed; install the Debian package %2.</translation>
    </message>
    <message>
        <source>Cannot open the database file %1; check that you may read it.</source>
        <translation>Cannot open the database file %1; check that you may read it.</translation>
    </message>
    <message>
        <source>Cannot connect to the database %1; check the address, the password and that the server is running.</source>
        <translation>Cannot connect to the database %1; check the address, the password and that the server is running.</translation>
    </message>
    <message>
        <source>%1 is not a Kolokasi database and was left untouched; choose the database Kolokasi created.</source>
        <translation>%1 is not a Kolokasi database and was left untouched; choose the database Kolokasi created.</translation>
    </message>
    <message>
        <source>The file %1 is empty, not a Kolokasi database; choose the database Kolokasi created.</source>
        <translation>The file %1 is empty, not a Kolokasi database; choose the database Kolokasi created.</translation>
    </message>
    <message>
        <source>The database %1 holds no Kolokasi data yet; open it once in the Kolokasi window to set it up.</source>
        <translation>The database %1 holds no Kolokasi data yet; open it once in the Kolokasi window to set it up.</translation>
    </message>
    <message>
        <source>The protection of the audit log in %1 was removed, so its history can no longer be trusted; restore the database from a backup or ask the administrator of the server.</source>
        <translation>The protection of the audit log in %1 was removed, so its history can no longer be trusted; restore the database from a backup or ask the administrator of the server.</translation>
    </message>
    <message>
        <source>The database %1 is open read-only, so nothing can be changed; ask for write access to the file or open a copy.</source>
        <translation>The database %1 is open read-only, so nothing can be changed; ask for write access to the file or open a copy.</translation>
    </message>
    <message>
        <source>This value is already in use; enter another one.</source>
        <translation>This value is already in use; enter another one.</translation>
    </message>
    <message>
        <source>This refers to a record that does not exist or is still in use; check the choice.</source>
        <translation>This refers to a record that does not exist or is still in use; check the choice.</translation>
    </message>
    <message>
        <source>This value is not allowed here; enter another one.</source>
        <translation>This value is not allowed here; enter another one.</translation>
    </message>
    <message>
        <source>This field must be filled in; enter a value.</source>
        <translation>This field must be filled in; enter a value.</translation>
    </message>
    <message>
        <source>The database is busy with another user's change; try again in a moment.</source>
        <translation>The database is busy with another user's change; try again in a moment.</translation>
    </message>
    <message>
        <source>The request history and the audit log are never changed or deleted; record a correction instead.</source>
        <translation>The request history and the audit log are never changed or deleted; record a correction instead.</translation>
    </message>
    <message>
        <source>The database %1 reported an unexpected error and nothing was changed; run Kolokasi with --verbose to see the details.</source>
        <translation>The database %1 reported an unexpected error and nothing was changed; run Kolokasi with --verbose to see the details.</translation>
    </message>
    <message>
        <source>The connection to %1 runs as a replica (session_replication_role), which switches off the protection of the audit log; remove that setting from the server, the database or the user, then open it again.</source>
        <translation>The connection to %1 runs as a replica (session_replication_role), which switches off the protection of the audit log; remove that setting from the server, the database or the user, then open it again.</translation>
    </message>
    <message>
        <source>These rack units were taken by another change a moment ago; choose other units.</source>
        <translation>These rack units were taken by another change a moment ago; choose other units.</translation>
    </message>
    <message>
        <source>The disk of the folder %1 is full, so nothing was changed in the database %2; free some space there and try again.</source>
        <translation>The disk of the folder %1 is full, so nothing was changed in the database %2; free some space there and try again.</translation>
    </message>
    <message>
        <source>The disk of the database server of %1 is full, so nothing was changed; ask the administrator of the server to free some space.</source>
        <translation>The disk of the database server of %1 is full, so nothing was changed; ask the administrator of the server to free some space.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>The folder %1 does not exist; create it or name another place for the restored database.</source>
        <translation>The folder %1 does not exist; create it or name another place for the restored database.</translation>
    </message>
    <message>
        <source>Could not write the database %1; check the free disk space and your right to write in its folder.</source>
        <translation>Could not write the database %1; check the free disk space and your right to write in its folder.</translation>
    </message>
    <message>
        <source>%1 is not a Kolokasi database, so nothing was restored over it; name the database Kolokasi uses.</source>
        <translation>%1 is not a Kolokasi database, so nothing was restored over it; name the database Kolokasi uses.</translation>
    </message>
</context>
<context>
    <name>DatabaseContents</name>
    <message>
        <source>The database %1 already holds data; name a new, empty database to fill.</source>
        <translation>The database %1 already holds data; name a new, empty database to fill.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>The database location is empty; give an SQLite file or a postgresql:// address after --database.</source>
        <translation>The database location is empty; give an SQLite file or a postgresql:// address after --database.</translation>
    </message>
    <message>
        <source>%1 is not a valid PostgreSQL address; write it as postgresql://user@host:port/database.</source>
        <translation>%1 is not a valid PostgreSQL address; write it as postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>%1 is not an sslmode PostgreSQL knows; use one of %2.</source>
        <translation>%1 is not an sslmode PostgreSQL knows; use one of %2.</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>The date must be filled in.</source>
        <translation>The date must be filled in.</translation>
    </message>
    <message>
        <source>%1 is not a calendar date (write it as 25-11-2026 or 2026-11-25).</source>
        <translation>%1 is not a calendar date (write it as 25-11-2026 or 2026-11-25).</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>No installed server of %1.</source>
        <translation>No installed server of %1.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DispositionStep</name>
    <message>
        <source>Disposed to</source>
        <translation>Disposed to</translation>
    </message>
</context>
<context>
    <name>DocumentNumbering</name>
    <message>
        <source>A numbering pattern needs {seq} (or {seq:4}) and {year}, for example 050/{seq:4}/Aptika/{year}: the sequence starts again every year.</source>
        <translation>A numbering pattern needs {seq} (or {seq:4}) and {year}, for example 050/{seq:4}/Aptika/{year}: the sequence starts again every year.</translation>
    </message>
    <message>
        <source>No %1 has been issued for request %2 yet.</source>
        <translation>No %1 has been issued for request %2 yet.</translation>
    </message>
    <message>
        <source>There is no request number %1.</source>
        <translation>There is no request number %1.</translation>
    </message>
    <message>
        <source>Could not find a free number for %1 with the pattern %2. Check the numbering settings.</source>
        <translation>Could not find a free number for %1 with the pattern %2. Check the numbering settings.</translation>
    </message>
    <message>
        <source>No %1 has been issued for review %2 yet.</source>
        <translation>No %1 has been issued for review %2 yet.</translation>
    </message>
    <message>
        <source>There is no review number %1.</source>
        <translation>There is no review number %1.</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>The printer does not accept this paper size.</source>
        <translation>The printer does not accept this paper size.</translation>
    </message>
    <message>
        <source>The document could not be started on this printer.</source>
        <translation>The document could not be started on this printer.</translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>Only the four forms (pengajuan, persetujuan, serah-terima, pencabutan) have a blank version; %1 has none.</source>
        <translation>Only the four forms (pengajuan, persetujuan, serah-terima, pencabutan) have a blank version; %1 has none.</translation>
    </message>
    <message>
        <source>Name a rack or a NOC to print.</source>
        <translation>Name a rack or a NOC to print.</translation>
    </message>
    <message>
        <source>The NOC %1 has no racks.</source>
        <translation>The NOC %1 has no racks.</translation>
    </message>
    <message>
        <source>Request %1 is not a withdrawal request: it has no pencabutan form.</source>
        <translation>Request %1 is not a withdrawal request: it has no pencabutan form.</translation>
    </message>
    <message>
        <source>Request %1 has no withdrawal details yet.</source>
        <translation>Request %1 has no withdrawal details yet.</translation>
    </message>
    <message>
        <source>The withdrawal of request %1 was rejected: there is no pencabutan to sign.</source>
        <translation>The withdrawal of request %1 was rejected: there is no pencabutan to sign.</translation>
    </message>
    <message>
        <source>Request %1 is a withdrawal request: only its pencabutan form can be printed.</source>
        <translation>Request %1 is a withdrawal request: only its pencabutan form can be printed.</translation>
    </message>
    <message>
        <source>Request %1 has not had its capacity check (step 3) yet.</source>
        <translation>Request %1 has not had its capacity check (step 3) yet.</translation>
    </message>
    <message>
        <source>Request %1 has no filled pengajuan form (step 4) yet.</source>
        <translation>Request %1 has no filled pengajuan form (step 4) yet.</translation>
    </message>
    <message>
        <source>Request %1 has not been decided (step 5) yet.</source>
        <translation>Request %1 has not been decided (step 5) yet.</translation>
    </message>
    <message>
        <source>Request %1 has not been approved: there is nothing to notify.</source>
        <translation>Request %1 has not been approved: there is nothing to notify.</translation>
    </message>
    <message>
        <source>Request %1 has not been handed over (step 8) yet.</source>
        <translation>Request %1 has not been handed over (step 8) yet.</translation>
    </message>
    <message>
        <source>There is no review number %1.</source>
        <translation>There is no review number %1.</translation>
    </message>
    <message>
        <source>the agency profile (Settings → Agency)</source>
        <translation>the agency profile (Settings → Agency)</translation>
    </message>
    <message>
        <source>the signatories (Settings → Signatories)</source>
        <translation>the signatories (Settings → Signatories)</translation>
    </message>
    <message>
        <source>the numbering pattern (Settings → Numbering)</source>
        <translation>the numbering pattern (Settings → Numbering)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>This document cannot be printed yet: fill in %1 first.</source>
        <translation>This document cannot be printed yet: fill in %1 first.</translation>
    </message>
</context>
<context>
    <name>DocumentSource</name>
    <message>
        <source>Pengajuan form</source>
        <translation>Pengajuan form</translation>
    </message>
    <message>
        <source>Persetujuan form</source>
        <translation>Persetujuan form</translation>
    </message>
    <message>
        <source>Serah terima form</source>
        <translation>Serah terima form</translation>
    </message>
    <message>
        <source>Pencabutan form</source>
        <translation>Pencabutan form</translation>
    </message>
    <message>
        <source>Capacity check report</source>
        <translation>Capacity check report</translation>
    </message>
    <message>
        <source>Notification letter</source>
        <translation>Notification letter</translation>
    </message>
    <message>
        <source>Completion report</source>
        <translation>Completion report</translation>
    </message>
    <message>
        <source>Asset register</source>
        <translation>Asset register</translation>
    </message>
    <message>
        <source>Rack view</source>
        <translation>Rack view</translation>
    </message>
    <message>
        <source>Review report</source>
        <translation>Review report</translation>
    </message>
</context>
<context>
    <name>DomainName</name>
    <message>
        <source>The domain name must be filled in.</source>
        <translation>The domain name must be filled in.</translation>
    </message>
    <message>
        <source>%1 is not a valid domain name (for example simpeg.cirebonkab.go.id).</source>
        <translation>%1 is not a valid domain name (for example simpeg.cirebonkab.go.id).</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>1 working day</source>
        <translation>1 working day</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 working days</translation>
    </message>
    <message>
        <source>%1 %2 h</source>
        <translation>%1 %2 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>The e-mail address must be filled in.</source>
        <translation>The e-mail address must be filled in.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address (for example diskominfo@cirebonkab.go.id).</source>
        <translation>%1 is not an e-mail address (for example diskominfo@cirebonkab.go.id).</translation>
    </message>
</context>
<context>
    <name>EmployeeNumber</name>
    <message>
        <source>%1 It is no PPPK number either: PPPK numbers have an appointment year of %2 or later.</source>
        <translation>%1 It is no PPPK number either: PPPK numbers have an appointment year of %2 or later.</translation>
    </message>
</context>
<context>
    <name>ExportRegisterCommand</name>
    <message>
        <source>write the asset register (or part of it) to a CSV or Excel file</source>
        <translation>write the asset register (or part of it) to a CSV or Excel file</translation>
    </message>
    <message>
        <source>Usage: kolokasi [--database F] export-register OUT.csv|OUT.xlsx [--noc N] [--unit U] [--status active|withdrawn] [--separator C]</source>
        <translation>Usage: kolokasi [--database F] export-register OUT.csv|OUT.xlsx [--noc N] [--unit U] [--status active|withdrawn] [--separator C]</translation>
    </message>
    <message>
        <source>the file to write: .csv or .xlsx</source>
        <translation>the file to write: .csv or .xlsx</translation>
    </message>
    <message>
        <source>only the assets in this NOC</source>
        <translation>only the assets in this NOC</translation>
    </message>
    <message>
        <source>only this unit's assets</source>
        <translation>only this unit's assets</translation>
    </message>
    <message>
        <source>only active or withdrawn assets</source>
        <translation>only active or withdrawn assets</translation>
    </message>
    <message>
        <source>CSV field separator (default ;, or tab)</source>
        <translation>CSV field separator (default ;, or tab)</translation>
    </message>
    <message>
        <source>Name one file to write.</source>
        <translation>Name one file to write.</translation>
    </message>
    <message>
        <source>The separator must be one punctuation character such as ; or , (or "tab"), not %1.</source>
        <translation>The separator must be one punctuation character such as ; or , (or "tab"), not %1.</translation>
    </message>
    <message>
        <source>Wrote %1 asset(s) to %2.</source>
        <translation>Wrote %1 asset(s) to %2.</translation>
    </message>
</context>
<context>
    <name>FacilityRepository</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>A capacity cannot be negative.</source>
        <translation>A capacity cannot be negative.</translation>
    </message>
    <message>
        <source>Choose UPS, genset or bandwidth.</source>
        <translation>Choose UPS, genset or bandwidth.</translation>
    </message>
    <message>
        <source>facility resource</source>
        <translation>facility resource</translation>
    </message>
    <message>
        <source>Pool name</source>
        <translation>Pool name</translation>
    </message>
    <message>
        <source>%1 overlaps the pool %2 (%3).</source>
        <translation>%1 overlaps the pool %2 (%3).</translation>
    </message>
    <message>
        <source>IP pool</source>
        <translation>IP pool</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>Usage: kolokasi --database LOCATION generate --assets N --requests M</source>
        <translation>Usage: kolokasi --database LOCATION generate --assets N --requests M</translation>
    </message>
    <message>
        <source>fill a new, empty database with generated data at scale (benchmarks)</source>
        <translation>fill a new, empty database with generated data at scale (benchmarks)</translation>
    </message>
    <message>
        <source>how many assets (default 1000)</source>
        <translation>how many assets (default 1000)</translation>
    </message>
    <message>
        <source>how many requests (default: a fifth of the assets)</source>
        <translation>how many requests (default: a fifth of the assets)</translation>
    </message>
    <message>
        <source>--assets and --requests take a whole number of at least 1.</source>
        <translation>--assets and --requests take a whole number of at least 1.</translation>
    </message>
    <message>
        <source>The database %1 already holds data; generate only fills a new, empty database.</source>
        <translation>The database %1 already holds data; generate only fills a new, empty database.</translation>
    </message>
    <message>
        <source>Generating stopped, nothing was written: %1</source>
        <translation>Generating stopped, nothing was written: %1</translation>
    </message>
    <message>
        <source>Generated in %1 s into %2: %3 assets (%4 withdrawn), %5 requests, %6 NOCs, %7 racks, %8 units. Requests to try: 12 servers %9, one server %10, long history %11.</source>
        <translation>Generated in %1 s into %2: %3 assets (%4 withdrawn), %5 requests, %6 NOCs, %7 racks, %8 units. Requests to try: 12 servers %9, one server %10, long history %11.</translation>
    </message>
</context>
<context>
    <name>HandoverStep</name>
    <message>
        <source>Enter the delivered spec of server %1.</source>
        <translation>Enter the delivered spec of server %1.</translation>
    </message>
    <message>
        <source>Server %1: %2 differs from the request (requested "%3", delivered "%4"). Accept the difference with a note or the handover cannot be signed.</source>
        <translation>Server %1: %2 differs from the request (requested "%3", delivered "%4"). Accept the difference with a note or the handover cannot be signed.</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>processor</translation>
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
        <translation>A handover needs an approval of the request.</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
</context>
<context>
    <name>HolidayList</name>
    <message>
        <source>Line %1: %2 is not a date (write it as 2026-08-17 or 17/08/2026).</source>
        <translation>Line %1: %2 is not a date (write it as 2026-08-17 or 17/08/2026).</translation>
    </message>
    <message>
        <source>an empty cell</source>
        <translation>an empty cell</translation>
    </message>
    <message>
        <source>Line %1: the holiday on %2 has no name.</source>
        <translation>Line %1: the holiday on %2 has no name.</translation>
    </message>
    <message>
        <source>Line %1: %2 is listed twice.</source>
        <translation>Line %1: %2 is listed twice.</translation>
    </message>
    <message>
        <source>%1 holds no holiday; each line needs a date and a name.</source>
        <translation>%1 holds no holiday; each line needs a date and a name.</translation>
    </message>
</context>
<context>
    <name>ImportRegisterCommand</name>
    <message>
        <source>Line %1, column "%2": %3</source>
        <translation>Line %1, column "%2": %3</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Columns not imported: %1.</translation>
    </message>
    <message>
        <source>New units created: %1.</source>
        <translation>New units created: %1.</translation>
    </message>
    <message>
        <source>New units to create: %1.</source>
        <translation>New units to create: %1.</translation>
    </message>
    <message>
        <source>%1: %2 row(s), %3 good, %4 bad.</source>
        <translation>%1: %2 row(s), %3 good, %4 bad.</translation>
    </message>
    <message>
        <source>Imported %1 asset(s).</source>
        <translation>Imported %1 asset(s).</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct the bad rows, or use --skip-invalid to import only the good ones.</source>
        <translation>Nothing was imported. Correct the bad rows, or use --skip-invalid to import only the good ones.</translation>
    </message>
    <message>
        <source>bring an existing asset register in from a CSV or Excel file</source>
        <translation>bring an existing asset register in from a CSV or Excel file</translation>
    </message>
    <message>
        <source>the register to import: .csv or .xlsx</source>
        <translation>the register to import: .csv or .xlsx</translation>
    </message>
    <message>
        <source>check every row and report, without writing anything</source>
        <translation>check every row and report, without writing anything</translation>
    </message>
    <message>
        <source>the Excel sheet to read (default: the first)</source>
        <translation>the Excel sheet to read (default: the first)</translation>
    </message>
    <message>
        <source>import the good rows even if some rows are bad</source>
        <translation>import the good rows even if some rows are bad</translation>
    </message>
    <message>
        <source>Name one file to import.</source>
        <translation>Name one file to import.</translation>
    </message>
    <message>
        <source>Header: row %1.</source>
        <translation>Header: row %1.</translation>
    </message>
    <message>
        <source>... and %1 more problem(s) not shown; correct the ones above and check again.</source>
        <translation>... and %1 more problem(s) not shown; correct the ones above and check again.</translation>
    </message>
    <message>
        <source>Line %1 skipped (a total or a note, not an asset): %2</source>
        <translation>Line %1 skipped (a total or a note, not an asset): %2</translation>
    </message>
    <message>
        <source>Usage: kolokasi [--database F] import-register IN.csv|IN.xlsx [--dry-run] [--sheet NAME] [--skip-invalid] [--header-row N] [--ignore-column NAME]...</source>
        <translation>Usage: kolokasi [--database F] import-register IN.csv|IN.xlsx [--dry-run] [--sheet NAME] [--skip-invalid] [--header-row N] [--ignore-column NAME]...</translation>
    </message>
    <message>
        <source>the row that names the columns (default: found among the first 20 rows)</source>
        <translation>the row that names the columns (default: found among the first 20 rows)</translation>
    </message>
    <message>
        <source>leave out a column that looks like a register field (repeat for more)</source>
        <translation>leave out a column that looks like a register field (repeat for more)</translation>
    </message>
    <message>
        <source>--header-row %1: %2 has no filled row %1. Give the row number the spreadsheet program shows for the header.</source>
        <translation>--header-row %1: %2 has no filled row %1. Give the row number the spreadsheet program shows for the header.</translation>
    </message>
    <message>
        <source>--ignore-column %1: the header (row %2) has no column called "%1". Its columns are: %3.</source>
        <translation>--ignore-column %1: the header (row %2) has no column called "%1". Its columns are: %3.</translation>
    </message>
</context>
<context>
    <name>InUseLimits</name>
    <message>
        <source>Rack %1 cannot be %2 U high: units up to U %3 are in use by %4.</source>
        <translation>Rack %1 cannot be %2 U high: units up to U %3 are in use by %4.</translation>
    </message>
    <message>
        <source>Rack %1 cannot have a power budget of %2 W: the servers placed in it draw %3 W (%4).</source>
        <translation>Rack %1 cannot have a power budget of %2 W: the servers placed in it draw %3 W (%4).</translation>
    </message>
    <message>
        <source>Rack %1 cannot be retired while servers are placed in it: %2.</source>
        <translation>Rack %1 cannot be retired while servers are placed in it: %2.</translation>
    </message>
    <message>
        <source>NOC %1 cannot be retired while servers are placed in it: %2.</source>
        <translation>NOC %1 cannot be retired while servers are placed in it: %2.</translation>
    </message>
    <message>
        <source>NOC %1 cannot be retired while it has racks in service: retire %2 first.</source>
        <translation>NOC %1 cannot be retired while it has racks in service: retire %2 first.</translation>
    </message>
    <message>
        <source>The gateway %1 is an address given to %2.</source>
        <translation>The gateway %1 is an address given to %2.</translation>
    </message>
    <message>
        <source>Pool %1 cannot become %2: addresses in use would fall outside it: %3.</source>
        <translation>Pool %1 cannot become %2: addresses in use would fall outside it: %3.</translation>
    </message>
    <message>
        <source>Pool %1 cannot be retired while its addresses are in use: %2.</source>
        <translation>Pool %1 cannot be retired while its addresses are in use: %2.</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reserved</translation>
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
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 and %2 more</translation>
    </message>
</context>
<context>
    <name>InitialSetup</name>
    <message>
        <source>The government name</source>
        <translation>The government name</translation>
    </message>
    <message>
        <source>The office name</source>
        <translation>The office name</translation>
    </message>
    <message>
        <source>The city of the date line</source>
        <translation>The city of the date line</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>The name</translation>
    </message>
    <message>
        <source>The position</source>
        <translation>The position</translation>
    </message>
    <message>
        <source>The NOC name</source>
        <translation>The NOC name</translation>
    </message>
    <message>
        <source>A NOC has 1 to 99 racks here.</source>
        <translation>A NOC has 1 to 99 racks here.</translation>
    </message>
    <message>
        <source>A rack is 1 to 60 U high.</source>
        <translation>A rack is 1 to 60 U high.</translation>
    </message>
    <message>
        <source>Enter the power budget of a rack in watts.</source>
        <translation>Enter the power budget of a rack in watts.</translation>
    </message>
    <message>
        <source>A capacity cannot be negative.</source>
        <translation>A capacity cannot be negative.</translation>
    </message>
    <message>
        <source>The pool name</source>
        <translation>The pool name</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>The address</translation>
    </message>
    <message>
        <source>The numbering pattern</source>
        <translation>The numbering pattern</translation>
    </message>
</context>
<context>
    <name>IpAddress</name>
    <message>
        <source>The IP address must be filled in.</source>
        <translation>The IP address must be filled in.</translation>
    </message>
    <message>
        <source>%1 is not an IP address (for example 103.10.20.5 or 2001:db8::5).</source>
        <translation>%1 is not an IP address (for example 103.10.20.5 or 2001:db8::5).</translation>
    </message>
</context>
<context>
    <name>IpNetwork</name>
    <message>
        <source>The network must be filled in.</source>
        <translation>The network must be filled in.</translation>
    </message>
    <message>
        <source>%1 is not a network in CIDR notation with its network address (for example 103.10.20.0/24).</source>
        <translation>%1 is not a network in CIDR notation with its network address (for example 103.10.20.0/24).</translation>
    </message>
</context>
<context>
    <name>LogoImage</name>
    <message>
        <source>%1 is not a PNG, JPEG or SVG picture; choose the logo file again.</source>
        <translation>%1 is not a PNG, JPEG or SVG picture; choose the logo file again.</translation>
    </message>
    <message>
        <source>%1 cannot be read; check that the file exists and may be opened.</source>
        <translation>%1 cannot be read; check that the file exists and may be opened.</translation>
    </message>
    <message>
        <source>%1 is larger than 2 MB; choose a smaller logo picture.</source>
        <translation>%1 is larger than 2 MB; choose a smaller logo picture.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Could not upgrade the database %1 to schema version %2, so it was left as it was; run Kolokasi with --verbose to see why.</source>
        <translation>Could not upgrade the database %1 to schema version %2, so it was left as it was; run Kolokasi with --verbose to see why.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer Kolokasi (schema version %2; this program knows up to version %3); update Kolokasi to open it.</source>
        <translation>The database %1 was written by a newer Kolokasi (schema version %2; this program knows up to version %3); update Kolokasi to open it.</translation>
    </message>
    <message>
        <source>The database %1 is read-only and was written by an older Kolokasi (schema version %2); open it once with write access so that Kolokasi can upgrade it.</source>
        <translation>The database %1 is read-only and was written by an older Kolokasi (schema version %2); open it once with write access so that Kolokasi can upgrade it.</translation>
    </message>
</context>
<context>
    <name>Nip</name>
    <message>
        <source>The NIP must be filled in.</source>
        <translation>The NIP must be filled in.</translation>
    </message>
    <message>
        <source>A NIP has 18 digits (for example 19620718 198603 1 003); this one has %1.</source>
        <translation>A NIP has 18 digits (for example 19620718 198603 1 003); this one has %1.</translation>
    </message>
    <message>
        <source>Digit 15 of a NIP is 1 (man) or 2 (woman), not %1.</source>
        <translation>Digit 15 of a NIP is 1 (man) or 2 (woman), not %1.</translation>
    </message>
    <message>
        <source>The last 3 digits of a NIP (the serial) cannot be 000.</source>
        <translation>The last 3 digits of a NIP (the serial) cannot be 000.</translation>
    </message>
    <message>
        <source>the year %1 is before 1900</source>
        <translation>the year %1 is before 1900</translation>
    </message>
    <message>
        <source>the month "%1" is not a month</source>
        <translation>the month "%1" is not a month</translation>
    </message>
    <message>
        <source>day %1 does not exist in that month</source>
        <translation>day %1 does not exist in that month</translation>
    </message>
    <message>
        <source>The first 8 digits of a NIP are the birth date (YYYYMMDD); in %1 %2.</source>
        <translation>The first 8 digits of a NIP are the birth date (YYYYMMDD); in %1 %2.</translation>
    </message>
    <message>
        <source>Digits 13 and 14 of a NIP are the month of appointment; "%1" is not a month (01 to 12).</source>
        <translation>Digits 13 and 14 of a NIP are the month of appointment; "%1" is not a month (01 to 12).</translation>
    </message>
    <message>
        <source>Digits 9 to 12 of a NIP are the year of appointment; %1 is less than 15 years after the birth year %2.</source>
        <translation>Digits 9 to 12 of a NIP are the year of appointment; %1 is less than 15 years after the birth year %2.</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <source>The password could not be kept in the system keyring (%1); Kolokasi will ask for it at each start, or put it in ~/.pgpass.</source>
        <translation>The password could not be kept in the system keyring (%1); Kolokasi will ask for it at each start, or put it in ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>PeopleNames</name>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
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
        <translation>The telephone number must be filled in.</translation>
    </message>
    <message>
        <source>%1 is not an Indonesian telephone number (for example 0812 3456 7890 or (0231) 8330580).</source>
        <translation>%1 is not an Indonesian telephone number (for example 0812 3456 7890 or (0231) 8330580).</translation>
    </message>
</context>
<context>
    <name>PlacementRepository</name>
    <message>
        <source>placement</source>
        <translation>placement</translation>
    </message>
</context>
<context>
    <name>PlacementRules</name>
    <message>
        <source>Server %1: the IP address %2 is listed twice.</source>
        <translation>Server %1: the IP address %2 is listed twice.</translation>
    </message>
    <message>
        <source>Server %1: choose a rack for the co-located server.</source>
        <translation>Server %1: choose a rack for the co-located server.</translation>
    </message>
    <message>
        <source>Server %1: choose the NOC.</source>
        <translation>Server %1: choose the NOC.</translation>
    </message>
    <message>
        <source>Server %1: rack %2 is not in the chosen NOC.</source>
        <translation>Server %1: rack %2 is not in the chosen NOC.</translation>
    </message>
    <message>
        <source>Server %1: units %2 to %3 do not fit in rack %4 (U 1 to %5).</source>
        <translation>Server %1: units %2 to %3 do not fit in rack %4 (U 1 to %5).</translation>
    </message>
    <message>
        <source>Server %1: units %2 to %3 of rack %4 overlap a placed server (U %5 to %6).</source>
        <translation>Server %1: units %2 to %3 of rack %4 overlap a placed server (U %5 to %6).</translation>
    </message>
    <message>
        <source>Server %1: rack %2 would draw %3 W of its %4 W budget. Write a note to accept it.</source>
        <translation>Server %1: rack %2 would draw %3 W of its %4 W budget. Write a note to accept it.</translation>
    </message>
    <message>
        <source>Server %1: the domain %2 is already in use by a placed server.</source>
        <translation>Server %1: the domain %2 is already in use by a placed server.</translation>
    </message>
    <message>
        <source>Server %1: the serial number %2 belongs to a placed server.</source>
        <translation>Server %1: the serial number %2 belongs to a placed server.</translation>
    </message>
    <message>
        <source>Server %1: %2</source>
        <translation>Server %1: %2</translation>
    </message>
    <message>
        <source>Server %1: the IP address %2 is already given to a placed server.</source>
        <translation>Server %1: the IP address %2 is already given to a placed server.</translation>
    </message>
    <message>
        <source>Server %1: the public IP address %2 is not in a public IP pool.</source>
        <translation>Server %1: the public IP address %2 is not in a public IP pool.</translation>
    </message>
    <message>
        <source>Server %1: rack %2 is retired; choose a rack in service.</source>
        <translation>Server %1: rack %2 is retired; choose a rack in service.</translation>
    </message>
    <message>
        <source>Server %1: %2 is the gateway of the pool %3.</source>
        <translation>Server %1: %2 is the gateway of the pool %3.</translation>
    </message>
</context>
<context>
    <name>PoolAddresses</name>
    <message>
        <source>The gateway must be an address inside %1.</source>
        <translation>The gateway must be an address inside %1.</translation>
    </message>
</context>
<context>
    <name>PostgresBackup</name>
    <message>
        <source>%1 is not a Kolokasi backup of a PostgreSQL database, so nothing was restored; choose a backup Kolokasi made.</source>
        <translation>%1 is not a Kolokasi backup of a PostgreSQL database, so nothing was restored; choose a backup Kolokasi made.</translation>
    </message>
    <message>
        <source>The PostgreSQL program %1 is not installed, so a PostgreSQL database cannot be backed up or restored; install the Debian package postgresql-client.</source>
        <translation>The PostgreSQL program %1 is not installed, so a PostgreSQL database cannot be backed up or restored; install the Debian package postgresql-client.</translation>
    </message>
    <message>
        <source>pg_dump could not back up the database %1, so nothing was written; run Kolokasi with --verbose to see why.</source>
        <translation>pg_dump could not back up the database %1, so nothing was written; run Kolokasi with --verbose to see why.</translation>
    </message>
    <message>
        <source>Could not write the backup %1; check the free disk space.</source>
        <translation>Could not write the backup %1; check the free disk space.</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist; choose the backup file to restore.</source>
        <translation>The backup file %1 does not exist; choose the backup file to restore.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (it cannot be read to its end), so nothing was restored; choose another backup.</source>
        <translation>The backup %1 is damaged (it cannot be read to its end), so nothing was restored; choose another backup.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer Kolokasi (schema version %2; this program knows up to version %3), so nothing was restored; update Kolokasi first.</source>
        <translation>The backup %1 was made by a newer Kolokasi (schema version %2; this program knows up to version %3), so nothing was restored; update Kolokasi first.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 to keep the current database aside, so nothing was restored.</source>
        <translation>Could not create the folder %1 to keep the current database aside, so nothing was restored.</translation>
    </message>
    <message>
        <source>pg_restore could not restore into the database %1, so it was left as it was; run Kolokasi with --verbose to see why.</source>
        <translation>pg_restore could not restore into the database %1, so it was left as it was; run Kolokasi with --verbose to see why.</translation>
    </message>
</context>
<context>
    <name>PppkNumber</name>
    <message>
        <source>The PPPK number must be filled in.</source>
        <translation>The PPPK number must be filled in.</translation>
    </message>
    <message>
        <source>A PPPK number has 18 digits (for example 19920315 202121 2 001); this one has %1.</source>
        <translation>A PPPK number has 18 digits (for example 19920315 202121 2 001); this one has %1.</translation>
    </message>
    <message>
        <source>The first 8 digits of a PPPK number are the birth date (YYYYMMDD); %1 is not a date.</source>
        <translation>The first 8 digits of a PPPK number are the birth date (YYYYMMDD); %1 is not a date.</translation>
    </message>
    <message>
        <source>Digits 9 to 12 of a PPPK number are the appointment year, at least 15 years after birth; %1 is not.</source>
        <translation>Digits 9 to 12 of a PPPK number are the appointment year, at least 15 years after birth; %1 is not.</translation>
    </message>
    <message>
        <source>Digit 15 of a PPPK number is 1 (man) or 2 (woman), not %1.</source>
        <translation>Digit 15 of a PPPK number is 1 (man) or 2 (woman), not %1.</translation>
    </message>
    <message>
        <source>The last 3 digits of a PPPK number (the serial) cannot be 000.</source>
        <translation>The last 3 digits of a PPPK number (the serial) cannot be 000.</translation>
    </message>
    <message>
        <source>Digits 9 to 12 of a PPPK number are the appointment year, %1 or later (the first PPPK intake); %2 is earlier.</source>
        <translation>Digits 9 to 12 of a PPPK number are the appointment year, %1 or later (the first PPPK intake); %2 is earlier.</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>the document to print</source>
        <translation>the document to print</translation>
    </message>
    <message>
        <source>the request's number</source>
        <translation>the request's number</translation>
    </message>
    <message>
        <source>write a PDF file instead of printing</source>
        <translation>write a PDF file instead of printing</translation>
    </message>
    <message>
        <source>the empty form, to fill in by hand</source>
        <translation>the empty form, to fill in by hand</translation>
    </message>
    <message>
        <source>read the host admin password from standard input</source>
        <translation>read the host admin password from standard input</translation>
    </message>
    <message>
        <source>rak, register: the NOC</source>
        <translation>rak, register: the NOC</translation>
    </message>
    <message>
        <source>rak: the rack</source>
        <translation>rak: the rack</translation>
    </message>
    <message>
        <source>register: the unit</source>
        <translation>register: the unit</translation>
    </message>
    <message>
        <source>register: active or withdrawn</source>
        <translation>register: active or withdrawn</translation>
    </message>
    <message>
        <source>Name one document to print.</source>
        <translation>Name one document to print.</translation>
    </message>
    <message>
        <source>Unknown document: %1.</source>
        <translation>Unknown document: %1.</translation>
    </message>
    <message>
        <source>Unknown paper size %1: use A4 or F4.</source>
        <translation>Unknown paper size %1: use A4 or F4.</translation>
    </message>
    <message>
        <source>Only the four forms have a blank version; %1 has none.</source>
        <translation>Only the four forms have a blank version; %1 has none.</translation>
    </message>
    <message>
        <source>Give the request's number with --request.</source>
        <translation>Give the request's number with --request.</translation>
    </message>
    <message>
        <source>Unknown status %1: use active or withdrawn.</source>
        <translation>Unknown status %1: use active or withdrawn.</translation>
    </message>
    <message>
        <source>There is no default printer. Give --output to write a PDF file.</source>
        <translation>There is no default printer. Give --output to write a PDF file.</translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation>the default printer</translation>
    </message>
    <message>
        <source>Printed %1 to %2.</source>
        <translation>Printed %1 to %2.</translation>
    </message>
    <message>
        <source>Printed %1 number %2 to %3.</source>
        <translation>Printed %1 number %2 to %3.</translation>
    </message>
    <message>
        <source>paper size: A4 or F4 (default: the database's setting)</source>
        <translation>paper size: A4 or F4 (default: the database's setting)</translation>
    </message>
    <message>
        <source>peninjauan: the review's number</source>
        <translation>peninjauan: the review's number</translation>
    </message>
    <message>
        <source>Give the review's number with --review.</source>
        <translation>Give the review's number with --review.</translation>
    </message>
    <message>
        <source>print a form, letter, report, the register, a rack or a review</source>
        <translation>print a form, letter, report, the register, a rack or a review</translation>
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
        <translation>Usage:
  kolokasi [--database F] print &lt;document&gt; --request &lt;id&gt; [--paper A4|F4] [--output file.pdf]
           [--admin-password-stdin]
  kolokasi [--database F] print &lt;form&gt; --blank [--paper A4|F4] [--output file.pdf]
  kolokasi [--database F] print rak (--noc &lt;name&gt; | --rack &lt;name&gt;) [--output file.pdf]
  kolokasi [--database F] print register [--noc N] [--unit U] [--status active|withdrawn]
  kolokasi [--database F] print peninjauan --review &lt;id&gt; [--paper A4|F4] [--output file.pdf]
Documents: pengajuan, persetujuan, serah-terima, pencabutan (forms, also --blank), kapasitas,
  pemberitahuan, laporan-selesai, register, rak, peninjauan. Without --output: the default printer.</translation>
    </message>
</context>
<context>
    <name>PrintDataRepository</name>
    <message>
        <source>There is no NOC named %1.</source>
        <translation>There is no NOC named %1.</translation>
    </message>
    <message>
        <source>There is no rack named %1.</source>
        <translation>There is no rack named %1.</translation>
    </message>
    <message>
        <source>Several NOCs have a rack named %1: name the NOC too.</source>
        <translation>Several NOCs have a rack named %1: name the NOC too.</translation>
    </message>
</context>
<context>
    <name>RackBlockPainter</name>
    <message>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>Over the limit</translation>
    </message>
    <message>
        <source>Nearly full</source>
        <translation>Nearly full</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Full</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <source>%1: give the file name the ending .csv or .xlsx, so Kolokasi knows what to write.</source>
        <translation>%1: give the file name the ending .csv or .xlsx, so Kolokasi knows what to write.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 could not be written.</translation>
    </message>
</context>
<context>
    <name>RegisterFields</name>
    <message>
        <source>Register number</source>
        <translation>Register number</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Server name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>Responsible officer</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Service type</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP addresses</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Type and brand</source>
        <translation>Type and brand</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processor</translation>
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
        <translation>Rack</translation>
    </message>
    <message>
        <source>First U</source>
        <translation>First U</translation>
    </message>
    <message>
        <source>Height in U</source>
        <translation>Height in U</translation>
    </message>
    <message>
        <source>Power (W)</source>
        <translation>Power (W)</translation>
    </message>
    <message>
        <source>Installation date</source>
        <translation>Installation date</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Last review</translation>
    </message>
    <message>
        <source>Location (rack / U)</source>
        <translation>Location (rack / U)</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>The register number %1 is already in the register.</source>
        <translation>The register number %1 is already in the register.</translation>
    </message>
    <message>
        <source>The NIP %1 belongs to %2 of another unit.</source>
        <translation>The NIP %1 belongs to %2 of another unit.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty; fill it in.</source>
        <translation>%1 is empty; fill it in.</translation>
    </message>
    <message>
        <source>The officer with NIP %1 is not known yet: fill in the name.</source>
        <translation>The officer with NIP %1 is not known yet: fill in the name.</translation>
    </message>
    <message>
        <source>There is no NOC called "%1". Add it under Data centre first, or correct the name.</source>
        <translation>There is no NOC called "%1". Add it under Data centre first, or correct the name.</translation>
    </message>
    <message>
        <source>NOC %1 has no rack called "%2". Add the rack first, or correct the name.</source>
        <translation>NOC %1 has no rack called "%2". Add the rack first, or correct the name.</translation>
    </message>
    <message>
        <source>"%1" is not a service type: write kolokasi (co-location) or hosting.</source>
        <translation>"%1" is not a service type: write kolokasi (co-location) or hosting.</translation>
    </message>
    <message>
        <source>Only active assets can be imported; this row's status is "%1". Leave the row out.</source>
        <translation>Only active assets can be imported; this row's status is "%1". Leave the row out.</translation>
    </message>
    <message>
        <source>The server is in rack %1: fill in its first U.</source>
        <translation>The server is in rack %1: fill in its first U.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least %2, not "%3".</source>
        <translation>%1 must be a whole number of at least %2, not "%3".</translation>
    </message>
    <message>
        <source>%1 is empty: there is no header and no asset to import.</source>
        <translation>%1 is empty: there is no header and no asset to import.</translation>
    </message>
    <message>
        <source>The NIP "%1" was stored by the spreadsheet as a number and lost its last digits. Format the %2 column as Text, type the NIPs again and import the file again.</source>
        <translation>The NIP "%1" was stored by the spreadsheet as a number and lost its last digits. Format the %2 column as Text, type the NIPs again and import the file again.</translation>
    </message>
    <message>
        <source>"%1" is not a location: write the rack and the U, for example "Rak R01 / U 5-6".</source>
        <translation>"%1" is not a location: write the rack and the U, for example "Rak R01 / U 5-6".</translation>
    </message>
    <message>
        <source>The service type is empty and the file has no rack column, so it cannot be told whether the server is co-located or hosted. Fill in %1 (kolokasi or hosting), or add the rack and U columns.</source>
        <translation>The service type is empty and the file has no rack column, so it cannot be told whether the server is co-located or hosted. Fill in %1 (kolokasi or hosting), or add the rack and U columns.</translation>
    </message>
    <message>
        <source>%1 must be the power in watts, for example 450, 450 W or 0,45 kW; not "%2".</source>
        <translation>%1 must be the power in watts, for example 450, 450 W or 0,45 kW; not "%2".</translation>
    </message>
    <message>
        <source>%1 has a header (row %2) but no asset rows below it.</source>
        <translation>%1 has a header (row %2) but no asset rows below it.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Line %1, column %2: %3</translation>
    </message>
</context>
<context>
    <name>RegisterViewFilter</name>
    <message>
        <source>There is no NOC named %1.</source>
        <translation>There is no NOC named %1.</translation>
    </message>
    <message>
        <source>There is no unit named %1.</source>
        <translation>There is no unit named %1.</translation>
    </message>
    <message>
        <source>Unknown status %1: use active or withdrawn.</source>
        <translation>Unknown status %1: use active or withdrawn.</translation>
    </message>
</context>
<context>
    <name>RequestLetterStep</name>
    <message>
        <source>A request names at least one server.</source>
        <translation>A request names at least one server.</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Server name</translation>
    </message>
    <message>
        <source>Server %1: a co-located server takes at least 1 U.</source>
        <translation>Server %1: a co-located server takes at least 1 U.</translation>
    </message>
    <message>
        <source>Server %1: rack units cannot be negative.</source>
        <translation>Server %1: rack units cannot be negative.</translation>
    </message>
    <message>
        <source>Server %1: power cannot be negative.</source>
        <translation>Server %1: power cannot be negative.</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
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
        <translation>Open</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Closed: no capacity</source>
        <translation>Closed: no capacity</translation>
    </message>
    <message>
        <source>Closed: rejected</source>
        <translation>Closed: rejected</translation>
    </message>
    <message>
        <source>Closed: cancelled</source>
        <translation>Closed: cancelled</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
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
        <translation>Subject</translation>
    </message>
    <message>
        <source>request</source>
        <translation>request</translation>
    </message>
    <message>
        <source>The request was changed meanwhile; reload it and try again.</source>
        <translation>The request was changed meanwhile; reload it and try again.</translation>
    </message>
</context>
<context>
    <name>RequestTransition</name>
    <message>
        <source>This request is already closed (%1).</source>
        <translation>This request is already closed (%1).</translation>
    </message>
    <message>
        <source>This action is not part of a withdrawal request.</source>
        <translation>This action is not part of a withdrawal request.</translation>
    </message>
    <message>
        <source>This action is not part of a placement request.</source>
        <translation>This action is not part of a placement request.</translation>
    </message>
    <message>
        <source>This request is at step %1 (%2); this action needs it at step %3 (%4). Steps go in order.</source>
        <translation>This request is at step %1 (%2); this action needs it at step %3 (%4). Steps go in order.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>closed: no capacity</source>
        <translation>closed: no capacity</translation>
    </message>
    <message>
        <source>closed: rejected</source>
        <translation>closed: rejected</translation>
    </message>
    <message>
        <source>closed: cancelled</source>
        <translation>closed: cancelled</translation>
    </message>
</context>
<context>
    <name>Required</name>
    <message>
        <source>%1 must be filled in.</source>
        <translation>%1 must be filled in.</translation>
    </message>
    <message>
        <source>Choose the %1.</source>
        <translation>Choose the %1.</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>check a backup and put it in place of the database, keeping the old one aside</source>
        <translation>check a backup and put it in place of the database, keeping the old one aside</translation>
    </message>
    <message>
        <source>Usage: kolokasi --database LOCATION restore IN</source>
        <translation>Usage: kolokasi --database LOCATION restore IN</translation>
    </message>
    <message>
        <source>Name the backup file to restore.</source>
        <translation>Name the backup file to restore.</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>Restored %1 into %2.</translation>
    </message>
    <message>
        <source>The replaced database was kept as %1.</source>
        <translation>The replaced database was kept as %1.</translation>
    </message>
</context>
<context>
    <name>RetiredRecords</name>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In service</translation>
    </message>
</context>
<context>
    <name>ReviewProcess</name>
    <message>
        <source>Enter the date of the review.</source>
        <translation>Enter the date of the review.</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>The review of %1 by %2 is not finished yet; continue it instead of starting a new one.</source>
        <translation>The review of %1 by %2 is not finished yet; continue it instead of starting a new one.</translation>
    </message>
    <message>
        <source>Note (what does not match)</source>
        <translation>Note (what does not match)</translation>
    </message>
    <message>
        <source>Review of %1: %2</source>
        <translation>Review of %1: %2</translation>
    </message>
</context>
<context>
    <name>ReviewRepository</name>
    <message>
        <source>review</source>
        <translation>review</translation>
    </message>
    <message>
        <source>This review is already finished; start a new one to change findings.</source>
        <translation>This review is already finished; start a new one to change findings.</translation>
    </message>
    <message>
        <source>Another admin changed this finding meanwhile; reload the review and try again.</source>
        <translation>Another admin changed this finding meanwhile; reload the review and try again.</translation>
    </message>
    <message>
        <source>This review is already finished.</source>
        <translation>This review is already finished.</translation>
    </message>
    <message>
        <source>The review was changed meanwhile; reload it and try again.</source>
        <translation>The review was changed meanwhile; reload it and try again.</translation>
    </message>
    <message>
        <source>review finding</source>
        <translation>review finding</translation>
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
        <translation>on time</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>due soon</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Government name</source>
        <translation>Government name</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>No signatory has been set for the role %1.</source>
        <translation>No signatory has been set for the role %1.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Choose the date of the holiday.</source>
        <translation>Choose the date of the holiday.</translation>
    </message>
    <message>
        <source>Holiday name</source>
        <translation>Holiday name</translation>
    </message>
    <message>
        <source>%1 is not in the list of holidays.</source>
        <translation>%1 is not in the list of holidays.</translation>
    </message>
    <message>
        <source>Office hours must end after they start.</source>
        <translation>Office hours must end after they start.</translation>
    </message>
    <message>
        <source>Acting must be empty, Plt. (pelaksana tugas) or Plh. (pelaksana harian).</source>
        <translation>Acting must be empty, Plt. (pelaksana tugas) or Plh. (pelaksana harian).</translation>
    </message>
    <message>
        <source>Another admin changed these settings meanwhile; reload them and enter your change again.</source>
        <translation>Another admin changed these settings meanwhile; reload them and enter your change again.</translation>
    </message>
    <message>
        <source>Every holiday needs a date and a name.</source>
        <translation>Every holiday needs a date and a name.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Choose at least one working day.</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>signatory</translation>
    </message>
</context>
<context>
    <name>SopSteps</name>
    <message>
        <source>request letter</source>
        <translation>request letter</translation>
    </message>
    <message>
        <source>disposition</source>
        <translation>disposition</translation>
    </message>
    <message>
        <source>capacity check</source>
        <translation>capacity check</translation>
    </message>
    <message>
        <source>application form</source>
        <translation>application form</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>approval</translation>
    </message>
    <message>
        <source>notification of the unit</source>
        <translation>notification of the unit</translation>
    </message>
    <message>
        <source>server delivery</source>
        <translation>server delivery</translation>
    </message>
    <message>
        <source>handover</source>
        <translation>handover</translation>
    </message>
    <message>
        <source>completion report</source>
        <translation>completion report</translation>
    </message>
</context>
<context>
    <name>SpreadsheetReader</name>
    <message>
        <source>%1 cannot be opened (%2). Check the file name and that you may read it.</source>
        <translation>%1 cannot be opened (%2). Check the file name and that you may read it.</translation>
    </message>
    <message>
        <source>%1 is an old Excel (.xls) file. Open it in the spreadsheet program, save it as .xlsx or CSV and try again.</source>
        <translation>%1 is an old Excel (.xls) file. Open it in the spreadsheet program, save it as .xlsx or CSV and try again.</translation>
    </message>
    <message>
        <source>%1 is not an Excel (.xlsx) workbook. Save it from the spreadsheet program as .xlsx or CSV and try again.</source>
        <translation>%1 is not an Excel (.xlsx) workbook. Save it from the spreadsheet program as .xlsx or CSV and try again.</translation>
    </message>
    <message>
        <source>%1 is a CSV file, which has no sheets: leave out the sheet name.</source>
        <translation>%1 is a CSV file, which has no sheets: leave out the sheet name.</translation>
    </message>
</context>
<context>
    <name>SqliteBackup</name>
    <message>
        <source>%1 is not a Kolokasi backup, so nothing was restored; choose a backup file Kolokasi made.</source>
        <translation>%1 is not a Kolokasi backup, so nothing was restored; choose a backup file Kolokasi made.</translation>
    </message>
    <message>
        <source>Could not write the backup %1, so nothing was written there; check the free disk space and your right to write in its folder.</source>
        <translation>Could not write the backup %1, so nothing was written there; check the free disk space and your right to write in its folder.</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist; choose the backup file to restore.</source>
        <translation>The backup file %1 does not exist; choose the backup file to restore.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (its integrity check failed), so nothing was restored; choose another backup.</source>
        <translation>The backup %1 is damaged (its integrity check failed), so nothing was restored; choose another backup.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer Kolokasi (schema version %2; this program knows up to version %3), so nothing was restored; update Kolokasi first.</source>
        <translation>The backup %1 was made by a newer Kolokasi (schema version %2; this program knows up to version %3), so nothing was restored; update Kolokasi first.</translation>
    </message>
    <message>
        <source>Could not restore into the database %1, so it was left as it was; close other programs that use it and try again.</source>
        <translation>Could not restore into the database %1, so it was left as it was; close other programs that use it and try again.</translation>
    </message>
    <message>
        <source>Could not keep the current database aside as %1, so nothing was restored; check the free disk space and your right to write there.</source>
        <translation>Could not keep the current database aside as %1, so nothing was restored; check the free disk space and your right to write there.</translation>
    </message>
    <message>
        <source>Cannot read the backup file %1 or make a working copy of it; check that you may read the file and the free disk space.</source>
        <translation>Cannot read the backup file %1 or make a working copy of it; check that you may read the file and the free disk space.</translation>
    </message>
    <message>
        <source>The protection of the audit log in the backup %1 was removed, so its history cannot be trusted and nothing was restored; choose another backup.</source>
        <translation>The protection of the audit log in the backup %1 was removed, so its history cannot be trusted and nothing was restored; choose another backup.</translation>
    </message>
    <message>
        <source>The backup %1 is not a database Kolokasi can open, so nothing was restored; choose another backup.</source>
        <translation>The backup %1 is not a database Kolokasi can open, so nothing was restored; choose another backup.</translation>
    </message>
</context>
<context>
    <name>StepPages</name>
    <message>
        <source>Step 1: Request letter</source>
        <translation>Step 1: Request letter</translation>
    </message>
    <message>
        <source>Step 2: Disposition</source>
        <translation>Step 2: Disposition</translation>
    </message>
    <message>
        <source>Step 3: Capacity check</source>
        <translation>Step 3: Capacity check</translation>
    </message>
    <message>
        <source>Step 4: Application form (pengajuan)</source>
        <translation>Step 4: Application form (pengajuan)</translation>
    </message>
    <message>
        <source>Step 5: Approval form (persetujuan)</source>
        <translation>Step 5: Approval form (persetujuan)</translation>
    </message>
    <message>
        <source>Step 6: Notification of the unit</source>
        <translation>Step 6: Notification of the unit</translation>
    </message>
    <message>
        <source>Step 7: Delivery of the server</source>
        <translation>Step 7: Delivery of the server</translation>
    </message>
    <message>
        <source>Step 8: Handover (serah terima)</source>
        <translation>Step 8: Handover (serah terima)</translation>
    </message>
    <message>
        <source>Step 9: Completion report</source>
        <translation>Step 9: Completion report</translation>
    </message>
    <message>
        <source>Withdrawal (pencabutan): the unit's letter</source>
        <translation>Withdrawal (pencabutan): the unit's letter</translation>
    </message>
    <message>
        <source>Withdrawal (pencabutan): decision of the head of division</source>
        <translation>Withdrawal (pencabutan): decision of the head of division</translation>
    </message>
    <message>
        <source>Withdrawal (pencabutan): completion</source>
        <translation>Withdrawal (pencabutan): completion</translation>
    </message>
</context>
<context>
    <name>StepRepository</name>
    <message>
        <source>disposition</source>
        <translation>disposition</translation>
    </message>
    <message>
        <source>capacity check</source>
        <translation>capacity check</translation>
    </message>
    <message>
        <source>application form</source>
        <translation>application form</translation>
    </message>
    <message>
        <source>approval form</source>
        <translation>approval form</translation>
    </message>
    <message>
        <source>step report</source>
        <translation>step report</translation>
    </message>
    <message>
        <source>handover record</source>
        <translation>handover record</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>No %1 with number %2.</source>
        <translation>No %1 with number %2.</translation>
    </message>
    <message>
        <source>Another admin changed this %1 meanwhile; reload it and try again.</source>
        <translation>Another admin changed this %1 meanwhile; reload it and try again.</translation>
    </message>
    <message>
        <source>The %1 %2 is retired and can no longer be changed.</source>
        <translation>The %1 %2 is retired and can no longer be changed.</translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>%1 must be one line; remove the line break.</source>
        <translation>%1 must be one line; remove the line break.</translation>
    </message>
    <message>
        <source>%1 contains a control or text-direction character (%2) that would garble the printouts; remove it.</source>
        <translation>%1 contains a control or text-direction character (%2) that would garble the printouts; remove it.</translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most %3 are allowed, so shorten it.</source>
        <translation>%1 has %2 characters; at most %3 are allowed, so shorten it.</translation>
    </message>
</context>
<context>
    <name>UnitRepository</name>
    <message>
        <source>Unit name</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>officer</translation>
    </message>
</context>
<context>
    <name>WithdrawalProcess</name>
    <message>
        <source>Considerations</source>
        <translation>Considerations</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Asset %1 is already withdrawn.</source>
        <translation>Asset %1 is already withdrawn.</translation>
    </message>
    <message>
        <source>Asset %1 already has an open withdrawal request.</source>
        <translation>Asset %1 already has an open withdrawal request.</translation>
    </message>
</context>
<context>
    <name>WithdrawalRepository</name>
    <message>
        <source>withdrawal</source>
        <translation>withdrawal</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is not an Excel (.xlsx) workbook. Save it from the spreadsheet program as .xlsx or CSV and try again.</source>
        <translation>%1 is not an Excel (.xlsx) workbook. Save it from the spreadsheet program as .xlsx or CSV and try again.</translation>
    </message>
    <message>
        <source>the part %1 is missing</source>
        <translation>the part %1 is missing</translation>
    </message>
    <message>
        <source>the part %1 cannot be read</source>
        <translation>the part %1 cannot be read</translation>
    </message>
    <message>
        <source>the part %1 is damaged</source>
        <translation>the part %1 is damaged</translation>
    </message>
    <message>
        <source>the list of sheets cannot be read</source>
        <translation>the list of sheets cannot be read</translation>
    </message>
    <message>
        <source>%1 has no sheet called "%2". Its sheets are: %3.</source>
        <translation>%1 has no sheet called "%2". Its sheets are: %3.</translation>
    </message>
    <message>
        <source>the sheet %1 cannot be found</source>
        <translation>the sheet %1 cannot be found</translation>
    </message>
    <message>
        <source>the shared strings cannot be read</source>
        <translation>the shared strings cannot be read</translation>
    </message>
    <message>
        <source>the cell styles cannot be read</source>
        <translation>the cell styles cannot be read</translation>
    </message>
    <message>
        <source>cell %1 refers to a missing text</source>
        <translation>cell %1 refers to a missing text</translation>
    </message>
    <message>
        <source>the sheet cannot be read (%1)</source>
        <translation>the sheet cannot be read (%1)</translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel workbook: %2. Open it in the spreadsheet program, save it again as .xlsx and retry.</source>
        <translation>%1 cannot be read as an Excel workbook: %2. Open it in the spreadsheet program, save it again as .xlsx and retry.</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>%1 could not be created.</source>
        <translation>%1 could not be created.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Choose another folder or file name.</source>
        <translation>%1 could not be written (%2). Choose another folder or file name.</translation>
    </message>
    <message>
        <source>Cell %1%2 (%3) had %4 characters, more than Excel's %5: it was cut and ends in "%6".</source>
        <translation>Cell %1%2 (%3) had %4 characters, more than Excel's %5: it was cut and ends in "%6".</translation>
    </message>
    <message>
        <source>Cell %1%2 (%3) cannot be written to %4 (%5), so the file was not written.</source>
        <translation>Cell %1%2 (%3) cannot be written to %4 (%5), so the file was not written.</translation>
    </message>
</context>
<context>
    <name>kolokasi::AdminChooser</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Who is working? Every step you record carries this name.</source>
        <translation>Who is working? Every step you record carries this name.</translation>
    </message>
    <message>
        <source>Admin:</source>
        <translation>Admin:</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>No data-centre officer is recorded yet: add one in Settings › Signatories. Until then, type your name.</source>
        <translation>No data-centre officer is recorded yet: add one in Settings › Signatories. Until then, type your name.</translation>
    </message>
</context>
<context>
    <name>kolokasi::AgencyProfileEditor</name>
    <message>
        <source>Remove logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>Government name:</source>
        <translation>Government name:</translation>
    </message>
    <message>
        <source>Enter the government name, e.g. PEMERINTAH KABUPATEN CIREBON.</source>
        <translation>Enter the government name, e.g. PEMERINTAH KABUPATEN CIREBON.</translation>
    </message>
    <message>
        <source>Office name:</source>
        <translation>Office name:</translation>
    </message>
    <message>
        <source>Enter the office name, e.g. DINAS KOMUNIKASI DAN INFORMATIKA.</source>
        <translation>Enter the office name, e.g. DINAS KOMUNIKASI DAN INFORMATIKA.</translation>
    </message>
    <message>
        <source>Division:</source>
        <translation>Division:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Telephone:</source>
        <translation>Telephone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>City of the date line:</source>
        <translation>City of the date line:</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <source>PNG, JPEG or SVG, at most 2 MB; kept in the database.</source>
        <translation>PNG, JPEG or SVG, at most 2 MB; kept in the database.</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Letterhead preview (as printed)</source>
        <translation>Letterhead preview (as printed)</translation>
    </message>
    <message>
        <source>Agency and letterhead</source>
        <translation>Agency and letterhead</translation>
    </message>
    <message>
        <source>The agency profile and letterhead were saved; printouts use them from now on.</source>
        <translation>The agency profile and letterhead were saved; printouts use them from now on.</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Choose the logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>kolokasi::ApplicationStepPage</name>
    <message>
        <source>e.g. 0812-2345-6789 or (0231) 8330580</source>
        <translation>e.g. 0812-2345-6789 or (0231) 8330580</translation>
    </message>
    <message>
        <source>e.g. simpeg.cirebonkab.go.id</source>
        <translation>e.g. simpeg.cirebonkab.go.id</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <source>Not permanent, until</source>
        <translation>Not permanent, until</translation>
    </message>
    <message>
        <source>Unit name:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <source>Responsible officer:</source>
        <translation>Responsible officer:</translation>
    </message>
    <message>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <source>Unit address:</source>
        <translation>Unit address:</translation>
    </message>
    <message>
        <source>Contact number:</source>
        <translation>Contact number:</translation>
    </message>
    <message>
        <source>Domain name:</source>
        <translation>Domain name:</translation>
    </message>
    <message>
        <source>Domain active date:</source>
        <translation>Domain active date:</translation>
    </message>
    <message>
        <source>Co-location validity:</source>
        <translation>Co-location validity:</translation>
    </message>
</context>
<context>
    <name>kolokasi::ApprovalStepPage</name>
    <message>
        <source>Approves</source>
        <translation>Approves</translation>
    </message>
    <message>
        <source>Rejects</source>
        <translation>Rejects</translation>
    </message>
    <message>
        <source>e.g. Data Center Diskominfo</source>
        <translation>e.g. Data Center Diskominfo</translation>
    </message>
    <message>
        <source>Domain name:</source>
        <translation>Domain name:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Co-location request at:</source>
        <translation>Co-location request at:</translation>
    </message>
    <message>
        <source>Considerations:</source>
        <translation>Considerations:</translation>
    </message>
    <message>
        <source>Head of division:</source>
        <translation>Head of division:</translation>
    </message>
    <message>
        <source>Placement (filled when approved)</source>
        <translation>Placement (filled when approved)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Reject the request</source>
        <translation>Reject the request</translation>
    </message>
    <message>
        <source>The request will be closed as rejected. Continue?</source>
        <translation>The request will be closed as rejected. Continue?</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Keep it open</translation>
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
        <translation>Server location:</translation>
    </message>
    <message>
        <source>Server S/N:</source>
        <translation>Server S/N:</translation>
    </message>
    <message>
        <source>Type &amp;&amp; brand:</source>
        <translation>Type &amp;&amp; brand:</translation>
    </message>
    <message>
        <source>Domain name:</source>
        <translation>Domain name:</translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation>IP address:</translation>
    </message>
    <message>
        <source>Co-location</source>
        <translation>Co-location</translation>
    </message>
    <message>
        <source>Data centre</source>
        <translation>Data centre</translation>
    </message>
</context>
<context>
    <name>kolokasi::AssetDetailDialog</name>
    <message>
        <source>Open request</source>
        <translation>Open request</translation>
    </message>
    <message>
        <source>Start withdrawal</source>
        <translation>Start withdrawal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Asset %1</source>
        <translation>Asset %1</translation>
    </message>
    <message>
        <source>Opens the request on the registration of a pencabutan</source>
        <translation>Opens the request on the registration of a pencabutan</translation>
    </message>
    <message>
        <source>A pencabutan cannot start: the asset is withdrawn or one is under way</source>
        <translation>A pencabutan cannot start: the asset is withdrawn or one is under way</translation>
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
        <translation>Request %1</translation>
    </message>
    <message>
        <source>Withdrawal %1</source>
        <translation>Withdrawal %1</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>Review of %1</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Does not match</source>
        <translation>Does not match</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
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
        <translation>permanent</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expired)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Register no.</source>
        <translation>Register no.</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Server name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>Responsible officer</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP address</translation>
    </message>
    <message>
        <source>S/N</source>
        <translation>S/N</translation>
    </message>
    <message>
        <source>Type and brand</source>
        <translation>Type and brand</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>NOC / rack / U</source>
        <translation>NOC / rack / U</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installed</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Last review</translation>
    </message>
</context>
<context>
    <name>kolokasi::AssetRegisterPage</name>
    <message>
        <source>Asset register</source>
        <translation>Asset register</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Writes the assets shown, as filtered and sorted, to CSV or Excel</source>
        <translation>Writes the assets shown, as filtered and sorted, to CSV or Excel</translation>
    </message>
    <message>
        <source>Preview and print the register of the chosen NOC, unit, status and search</source>
        <translation>Preview and print the register of the chosen NOC, unit, status and search</translation>
    </message>
    <message>
        <source>%1 assets</source>
        <translation>%1 assets</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Export the register</translation>
    </message>
    <message>
        <source>aset-register.xlsx</source>
        <translation>aset-register.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, separated by semicolons (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, separated by semicolons (*.csv)</translation>
    </message>
    <message>
        <source>%1 assets written to %2.</source>
        <translation>%1 assets written to %2.</translation>
    </message>
    <message>
        <source>No asset in the register yet. A server is registered when its request is completed; an existing register comes in from a spreadsheet.</source>
        <translation>No asset in the register yet. A server is registered when its request is completed; an existing register comes in from a spreadsheet.</translation>
    </message>
</context>
<context>
    <name>kolokasi::BackupActions</name>
    <message>
        <source>Writing the backup to %1…</source>
        <translation>Writing the backup to %1…</translation>
    </message>
    <message>
        <source>Kolokasi</source>
        <translation>Kolokasi</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>Kolokasi backups (*.sqlite)</source>
        <translation>Kolokasi backups (*.sqlite)</translation>
    </message>
    <message>
        <source>PostgreSQL backups (*.dump)</source>
        <translation>PostgreSQL backups (*.dump)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation>The backup was written to %1.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Kolokasi backups (*.sqlite);;All files (*)</source>
        <translation>Kolokasi backups (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>PostgreSQL backups (*.dump);;All files (*)</source>
        <translation>PostgreSQL backups (*.dump);;All files (*)</translation>
    </message>
    <message>
        <source>All data in the database %1 will be replaced by the backup %2. The data in use now is first kept aside as a copy. Restore?</source>
        <translation>All data in the database %1 will be replaced by the backup %2. The data in use now is first kept aside as a copy. Restore?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Restoring %1…</translation>
    </message>
    <message>
        <source>The backup %1 was restored. The data replaced was kept as %2.</source>
        <translation>The backup %1 was restored. The data replaced was kept as %2.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>The automatic backup failed: %1</translation>
    </message>
    <message>
        <source>Automatic backup written: %1</source>
        <translation>Automatic backup written: %1</translation>
    </message>
</context>
<context>
    <name>kolokasi::BackupFolderPanel</name>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <source>Last automatic backup:</source>
        <translation>Last automatic backup:</translation>
    </message>
    <message>
        <source>Kolokasi backs the database up at the first start of each day and keeps the newest %1 backups.</source>
        <translation>Kolokasi backs the database up at the first start of each day and keeps the newest %1 backups.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
</context>
<context>
    <name>kolokasi::CapacityCheckStepPage</name>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Not available</translation>
    </message>
    <message>
        <source>Server, power, UPS, genset, bandwidth, space and public IP addresses, as the data centre stands now.</source>
        <translation>Server, power, UPS, genset, bandwidth, space and public IP addresses, as the data centre stands now.</translation>
    </message>
    <message>
        <source>Proposed placement</source>
        <translation>Proposed placement</translation>
    </message>
    <message>
        <source>Verdict of the DC team</source>
        <translation>Verdict of the DC team</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Capacity:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>no room found</source>
        <translation>no room found</translation>
    </message>
    <message>
        <source>hosted in the data centre, %1</source>
        <translation>hosted in the data centre, %1</translation>
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
        <translation>Capacity not available</translation>
    </message>
    <message>
        <source>The request will be closed because the capacity is not available. Continue?</source>
        <translation>The request will be closed because the capacity is not available. Continue?</translation>
    </message>
    <message>
        <source>Close the request</source>
        <translation>Close the request</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Keep it open</translation>
    </message>
</context>
<context>
    <name>kolokasi::CapacityItemsTable</name>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Needed</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Server (room for each server)</source>
        <translation>Server (room for each server)</translation>
    </message>
    <message>
        <source>Power (rack budget)</source>
        <translation>Power (rack budget)</translation>
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
        <translation>Space (rack units)</translation>
    </message>
    <message>
        <source>Public IP addresses</source>
        <translation>Public IP addresses</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Not available</translation>
    </message>
</context>
<context>
    <name>kolokasi::CapacitySummaryModel</name>
    <message>
        <source>All data centres</source>
        <translation>All data centres</translation>
    </message>
    <message>
        <source>Public IP pools belong to the whole data centre, not to one NOC: see the last row.</source>
        <translation>Public IP pools belong to the whole data centre, not to one NOC: see the last row.</translation>
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
        <translation>Free rack units</translation>
    </message>
    <message>
        <source>Rack units</source>
        <translation>Rack units</translation>
    </message>
    <message>
        <source>Free rack power</source>
        <translation>Free rack power</translation>
    </message>
    <message>
        <source>Free public IPs</source>
        <translation>Free public IPs</translation>
    </message>
</context>
<context>
    <name>kolokasi::CorrectionDialog</name>
    <message>
        <source>Correct a value</source>
        <translation>Correct a value</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Step %1: %2</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Value:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Stored now:</source>
        <translation>Stored now:</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>New value:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Server name</translation>
    </message>
    <message>
        <source>Disposition to</source>
        <translation>Disposition to</translation>
    </message>
    <message>
        <source>Disposition note</source>
        <translation>Disposition note</translation>
    </message>
    <message>
        <source>Capacity check note</source>
        <translation>Capacity check note</translation>
    </message>
    <message>
        <source>Unit address</source>
        <translation>Unit address</translation>
    </message>
    <message>
        <source>Contact number</source>
        <translation>Contact number</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>Domain name</translation>
    </message>
    <message>
        <source>Domain active date</source>
        <translation>Domain active date</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Approval location</source>
        <translation>Approval location</translation>
    </message>
    <message>
        <source>Considerations</source>
        <translation>Considerations</translation>
    </message>
    <message>
        <source>Server location</source>
        <translation>Server location</translation>
    </message>
    <message>
        <source>Server domain</source>
        <translation>Server domain</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Type and brand</source>
        <translation>Type and brand</translation>
    </message>
    <message>
        <source>Host admin user</source>
        <translation>Host admin user</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <source>NIP of the giver</source>
        <translation>NIP of the giver</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>NIP of the receiver</source>
        <translation>NIP of the receiver</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>kolokasi::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Validity expired or ending within 30 days</source>
        <translation>Validity expired or ending within 30 days</translation>
    </message>
    <message>
        <source>Free capacity per NOC</source>
        <translation>Free capacity per NOC</translation>
    </message>
    <message>
        <source>Open requests (overdue first)</source>
        <translation>Open requests (overdue first)</translation>
    </message>
    <message>
        <source>Overdue for review: %1 assets</source>
        <translation>Overdue for review: %1 assets</translation>
    </message>
    <message>
        <source>Open the review</source>
        <translation>Open the review</translation>
    </message>
    <message>
        <source>see Requests</source>
        <translation>see Requests</translation>
    </message>
    <message>
        <source>see Asset Register</source>
        <translation>see Asset Register</translation>
    </message>
    <message>
        <source>and %1 more —</source>
        <translation>and %1 more —</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>New request</translation>
    </message>
    <message>
        <source>Open Data centre</source>
        <translation>Open Data centre</translation>
    </message>
    <message>
        <source>No request in progress. Record a new request letter with %1.</source>
        <translation>No request in progress. Record a new request letter with %1.</translation>
    </message>
    <message>
        <source>No co-location has expired or ends within 30 days.</source>
        <translation>No co-location has expired or ends within 30 days.</translation>
    </message>
    <message>
        <source>No NOC yet. Add the NOCs, their racks and the IP pool under Data centre.</source>
        <translation>No NOC yet. Add the NOCs, their racks and the IP pool under Data centre.</translation>
    </message>
</context>
<context>
    <name>kolokasi::DataCentrePage</name>
    <message>
        <source>Data centre</source>
        <translation>Data centre</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>Show retired</translation>
    </message>
    <message>
        <source>NOCs and racks</source>
        <translation>NOCs and racks</translation>
    </message>
    <message>
        <source>Facility budgets</source>
        <translation>Facility budgets</translation>
    </message>
    <message>
        <source>IP pools</source>
        <translation>IP pools</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Reloaded: the form shows the record as stored now.</source>
        <translation>Reloaded: the form shows the record as stored now.</translation>
    </message>
</context>
<context>
    <name>kolokasi::DatabaseEditor</name>
    <message>
        <source>SQLite file (this PC)</source>
        <translation>SQLite file (this PC)</translation>
    </message>
    <message>
        <source>PostgreSQL server (shared)</source>
        <translation>PostgreSQL server (shared)</translation>
    </message>
    <message>
        <source>In use now:</source>
        <translation>In use now:</translation>
    </message>
    <message>
        <source>Open from the next start:</source>
        <translation>Open from the next start:</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>libpq's default (prefer)</source>
        <translation>libpq's default (prefer)</translation>
    </message>
    <message>
        <source>Keep the password in the system keyring of this PC</source>
        <translation>Keep the password in the system keyring of this PC</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
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
        <translation>Database:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>SSL mode:</source>
        <translation>SSL mode:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>The password is never written to the settings file. Without the keyring Kolokasi asks for it at each start; libpq's ~/.pgpass file also works.</source>
        <translation>The password is never written to the settings file. Without the keyring Kolokasi asks for it at each start; libpq's ~/.pgpass file also works.</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>not created yet</translation>
    </message>
    <message>
        <source>The connection to %1 works.</source>
        <translation>The connection to %1 works.</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Choose the database file</translation>
    </message>
    <message>
        <source>Kolokasi databases (*.sqlite *.db)</source>
        <translation>Kolokasi databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Enter the host and the database of the PostgreSQL server.</source>
        <translation>Enter the host and the database of the PostgreSQL server.</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Choose the database file.</translation>
    </message>
    <message>
        <source>Kolokasi opens %1 from its next start on this PC.</source>
        <translation>Kolokasi opens %1 from its next start on this PC.</translation>
    </message>
</context>
<context>
    <name>kolokasi::DispositionStepPage</name>
    <message>
        <source>e.g. Seksi Infrastruktur TI, then the DC team</source>
        <translation>e.g. Seksi Infrastruktur TI, then the DC team</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>kolokasi::DocumentActions</name>
    <message>
        <source>Print %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Host admin password</source>
        <translation>Host admin password</translation>
    </message>
    <message>
        <source>Password of the host admin account, printed on the persetujuan form (it is not stored):</source>
        <translation>Password of the host admin account, printed on the persetujuan form (it is not stored):</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>kolokasi::DocumentPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <source>The document number is issued when the document is printed or saved.</source>
        <translation>The document number is issued when the document is printed or saved.</translation>
    </message>
</context>
<context>
    <name>kolokasi::DocumentsPanel</name>
    <message>
        <source>The request has reached no document yet: the first is the capacity check report (step 3).</source>
        <translation>The request has reached no document yet: the first is the capacity check report (step 3).</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>not numbered yet</source>
        <translation>not numbered yet</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
</context>
<context>
    <name>kolokasi::ExpiringPlacementsModel</name>
    <message>
        <source>expired yesterday</source>
        <translation>expired yesterday</translation>
    </message>
    <message>
        <source>expired %1 days ago</source>
        <translation>expired %1 days ago</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>1 day left</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Register number</translation>
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
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validity</translation>
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
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>kolokasi::FacilitySection</name>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Fill in the name.</source>
        <translation>Fill in the name.</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Capacity:</translation>
    </message>
    <message>
        <source>New facility budget</source>
        <translation>New facility budget</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 saved.</translation>
    </message>
    <message>
        <source>%1 will be retired: capacity planning no longer counts its %2 %3. Continue?</source>
        <translation>%1 will be retired: capacity planning no longer counts its %2 %3. Continue?</translation>
    </message>
    <message>
        <source>%1 retired.</source>
        <translation>%1 retired.</translation>
    </message>
</context>
<context>
    <name>kolokasi::FormStepPage</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>%1 changed this request on %2. Nothing of yours was saved; reload to see the request as it is now.</source>
        <translation>%1 changed this request on %2. Nothing of yours was saved; reload to see the request as it is now.</translation>
    </message>
    <message>
        <source>Another admin</source>
        <translation>Another admin</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
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
        <translation>Spec</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processor</translation>
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
        <translation>Why the differences are accepted</translation>
    </message>
    <message>
        <source>Acceptance note:</source>
        <translation>Acceptance note:</translation>
    </message>
    <message>
        <source>Server %1 differs from the request: accept the difference with a note.</source>
        <translation>Server %1 differs from the request: accept the difference with a note.</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Differs</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Requested "%1", delivered "%2"</source>
        <translation>Requested "%1", delivered "%2"</translation>
    </message>
</context>
<context>
    <name>kolokasi::HandoverStepPage</name>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>As printed:</source>
        <translation>As printed:</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <source>Has handed over the following co-location</source>
        <translation>Has handed over the following co-location</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Unit name:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <source>Responsible officer:</source>
        <translation>Responsible officer:</translation>
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
        <translation>National holidays and cuti bersama are not counted as working days. A CSV file has the date and the name on each line, e.g. 2026-08-17;Hari Kemerdekaan.</translation>
    </message>
    <message>
        <source>Name of the holiday</source>
        <translation>Name of the holiday</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove chosen</source>
        <translation>Remove chosen</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>%1 was added to the holidays.</source>
        <translation>%1 was added to the holidays.</translation>
    </message>
    <message>
        <source>Choose the holidays to remove in the list first.</source>
        <translation>Choose the holidays to remove in the list first.</translation>
    </message>
    <message>
        <source>Holidays removed: %1.</source>
        <translation>Holidays removed: %1.</translation>
    </message>
    <message>
        <source>Import holidays</source>
        <translation>Import holidays</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>%1 cannot be read; check that the file exists and may be opened.</source>
        <translation>%1 cannot be read; check that the file exists and may be opened.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1. Correct these lines and import it again:
%2</source>
        <translation>Nothing was imported from %1. Correct these lines and import it again:
%2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 has %2 lines to correct.</source>
        <translation>Nothing was imported: %1 has %2 lines to correct.</translation>
    </message>
    <message>
        <source>Holidays added from %1: %2 of %3 (the others were listed already).</source>
        <translation>Holidays added from %1: %2 of %3 (the others were listed already).</translation>
    </message>
</context>
<context>
    <name>kolokasi::ImportRegisterDialog</name>
    <message>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>First row</translation>
    </message>
    <message>
        <source>Register field</source>
        <translation>Register field</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Import the good rows and leave the bad ones out</source>
        <translation>Import the good rows and leave the bad ones out</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation>Import a register</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>A CSV file or an Excel (.xlsx) workbook</source>
        <translation>A CSV file or an Excel (.xlsx) workbook</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Which register field each column of the file holds. Kolokasi guessed from the header; change what is wrong.</source>
        <translation>Which register field each column of the file holds. Kolokasi guessed from the header; change what is wrong.</translation>
    </message>
    <message>
        <source>1. Choose the file</source>
        <translation>1. Choose the file</translation>
    </message>
    <message>
        <source>2. Match the columns</source>
        <translation>2. Match the columns</translation>
    </message>
    <message>
        <source>3. Check and import</source>
        <translation>3. Check and import</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>Spreadsheets (*.csv *.xlsx);;CSV (*.csv);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation>Choose the file to import first.</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— not imported —</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <source>Every column is matched.</source>
        <translation>Every column is matched.</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Not imported: %1.</translation>
    </message>
    <message>
        <source>New units will be created: %1.</source>
        <translation>New units will be created: %1.</translation>
    </message>
    <message>
        <source>%1 assets imported.</source>
        <translation>%1 assets imported.</translation>
    </message>
    <message>
        <source>Correct the rows below in the file and check again, or leave them out.</source>
        <translation>Correct the rows below in the file and check again, or leave them out.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 assets from %2 will be added to the register, in one go. Import them?</source>
        <translation>%1 assets from %2 will be added to the register, in one go. Import them?</translation>
    </message>
    <message>
        <source>Nothing was imported: rows became invalid since the check.</source>
        <translation>Nothing was imported: rows became invalid since the check.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next 100</source>
        <translation>Next 100</translation>
    </message>
    <message>
        <source>A row among the first 20 must name the columns (for example No. Register, Nama Server, Unit, NOC, Rak, U Awal); title rows above it are left out. CSV (at most 50 MB) may be UTF-8 or Windows-1252, separated by commas, semicolons or tabs. Nothing is written before the check and your confirmation.</source>
        <translation>A row among the first 20 must name the columns (for example No. Register, Nama Server, Unit, NOC, Rak, U Awal); title rows above it are left out. CSV (at most 50 MB) may be UTF-8 or Windows-1252, separated by commas, semicolons or tabs. Nothing is written before the check and your confirmation.</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Header row:</translation>
    </message>
    <message>
        <source>Row %1 names the columns; the %2 row(s) above it are a title and are not imported.</source>
        <translation>Row %1 names the columns; the %2 row(s) above it are a title and are not imported.</translation>
    </message>
    <message>
        <source>Row %1 names the columns.</source>
        <translation>Row %1 names the columns.</translation>
    </message>
    <message>
        <source>Row %1 is empty; choose a row that names the columns.</source>
        <translation>Row %1 is empty; choose a row that names the columns.</translation>
    </message>
    <message>
        <source>Row %1 names the columns (chosen by you).</source>
        <translation>Row %1 names the columns (chosen by you).</translation>
    </message>
    <message>
        <source>row %1 (%2)</source>
        <translation>row %1 (%2)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <source>Skipped, not assets (totals and notes below the data): %1.</source>
        <translation>Skipped, not assets (totals and notes below the data): %1.</translation>
    </message>
    <message>
        <source>— choose: a field, or not imported —</source>
        <translation>— choose: a field, or not imported —</translation>
    </message>
    <message>
        <source>Header: row %1. %2 rows read: %3 good, %4 with problems.</source>
        <translation>Header: row %1. %2 rows read: %3 good, %4 with problems.</translation>
    </message>
    <message>
        <source>%1 row(s) after the data skipped (totals, notes).</source>
        <translation>%1 row(s) after the data skipped (totals, notes).</translation>
    </message>
    <message>
        <source>Problems %1–%2 of %3</source>
        <translation>Problems %1–%2 of %3</translation>
    </message>
</context>
<context>
    <name>kolokasi::IpPoolTableModel</name>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>very many</source>
        <translation>very many</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Network (CIDR)</source>
        <translation>Network (CIDR)</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>kolokasi::LanguageEditor</name>
    <message>
        <source>Language of the window:</source>
        <translation>Language of the window:</translation>
    </message>
    <message>
        <source>Used from the next start of Kolokasi on this PC. Printed documents are always in Indonesian.</source>
        <translation>Used from the next start of Kolokasi on this PC. Printed documents are always in Indonesian.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language was saved; it is used from the next start of Kolokasi.</source>
        <translation>The language was saved; it is used from the next start of Kolokasi.</translation>
    </message>
</context>
<context>
    <name>kolokasi::MainWindow</name>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Main actions</source>
        <translation>Main actions</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;New request</translation>
    </message>
    <message>
        <source>Change &amp;admin…</source>
        <translation>Change &amp;admin…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Search requests</source>
        <translation>&amp;Search requests</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Kolokasi</source>
        <translation>&amp;About Kolokasi</translation>
    </message>
    <message>
        <source>%1 — Kolokasi</source>
        <translation>%1 — Kolokasi</translation>
    </message>
    <message>
        <source>The open request has input that is not saved. Open request %1 and discard that input?</source>
        <translation>The open request has input that is not saved. Open request %1 and discard that input?</translation>
    </message>
    <message>
        <source>The open request has input that is not saved. Start a new request and discard that input?</source>
        <translation>The open request has input that is not saved. Start a new request and discard that input?</translation>
    </message>
    <message>
        <source>About Kolokasi</source>
        <translation>About Kolokasi</translation>
    </message>
    <message>
        <source>Kolokasi %1: co-location of servers and hosting of applications, following the data centre's SOP.</source>
        <translation>Kolokasi %1: co-location of servers and hosting of applications, following the data centre's SOP.</translation>
    </message>
    <message>
        <source>Admin: nobody signed in</source>
        <translation>Admin: nobody signed in</translation>
    </message>
    <message>
        <source>Admin: %1</source>
        <translation>Admin: %1</translation>
    </message>
    <message>
        <source>Unsaved input</source>
        <translation>Unsaved input</translation>
    </message>
    <message>
        <source>Discard input</source>
        <translation>Discard input</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>%1 has input that is not saved. Close Kolokasi and discard it?</source>
        <translation>%1 has input that is not saved. Close Kolokasi and discard it?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
</context>
<context>
    <name>kolokasi::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>kolokasi::NumberingEditor</name>
    <message>
        <source>Enter the pattern every document uses, e.g. 500.12.15/{seq:4}/{code}/{unit}/{year}.</source>
        <translation>Enter the pattern every document uses, e.g. 500.12.15/{seq:4}/{code}/{unit}/{year}.</translation>
    </message>
    <message>
        <source>{seq} or {seq:4} is the sequence number (4: zero-padded to four digits), {year} the year (the sequence starts again every year), {month} and {roman_month} the month, {code} the document's short code, {unit} the office code. Changing a pattern never resets a sequence.</source>
        <translation>{seq} or {seq:4} is the sequence number (4: zero-padded to four digits), {year} the year (the sequence starts again every year), {month} and {roman_month} the month, {code} the document's short code, {unit} the office code. Changing a pattern never resets a sequence.</translation>
    </message>
    <message>
        <source>Shared pattern:</source>
        <translation>Shared pattern:</translation>
    </message>
    <message>
        <source>Office code {unit}:</source>
        <translation>Office code {unit}:</translation>
    </message>
    <message>
        <source>Pattern per document (blank: the shared pattern)</source>
        <translation>Pattern per document (blank: the shared pattern)</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Next number</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Numbering</translation>
    </message>
    <message>
        <source>The numbering patterns were saved; the sequences go on where they were.</source>
        <translation>The numbering patterns were saved; the sequences go on where they were.</translation>
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
        <translation>Paper of printouts:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Office hours:</source>
        <translation>Office hours:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Working days:</translation>
    </message>
    <message>
        <source>Service standards per step (mutu baku of the SOP)</source>
        <translation>Service standards per step (mutu baku of the SOP)</translation>
    </message>
    <message>
        <source>Counted in office time: the hours and working days above, without holidays.</source>
        <translation>Counted in office time: the hours and working days above, without holidays.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Service standard</translation>
    </message>
    <message>
        <source>Paper and office hours</source>
        <translation>Paper and office hours</translation>
    </message>
    <message>
        <source>The whole procedure</source>
        <translation>The whole procedure</translation>
    </message>
    <message>
        <source>Paper, office hours and working days were saved.</source>
        <translation>Paper, office hours and working days were saved.</translation>
    </message>
</context>
<context>
    <name>kolokasi::OfficerDialog</name>
    <message>
        <source>PNS (civil servant)</source>
        <translation>PNS (civil servant)</translation>
    </message>
    <message>
        <source>PPPK (contract employee)</source>
        <translation>PPPK (contract employee)</translation>
    </message>
    <message>
        <source>Edit officer</source>
        <translation>Edit officer</translation>
    </message>
    <message>
        <source>Add officer</source>
        <translation>Add officer</translation>
    </message>
    <message>
        <source>Fill in the officer's name.</source>
        <translation>Fill in the officer's name.</translation>
    </message>
    <message>
        <source>e.g. 0812-2345-6789 or (0231) 8330580</source>
        <translation>e.g. 0812-2345-6789 or (0231) 8330580</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Employment:</source>
        <translation>Employment:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
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
        <translation>e.g. 19920315 202121 2 001</translation>
    </message>
    <message>
        <source>e.g. 19620718 198603 1 003</source>
        <translation>e.g. 19620718 198603 1 003</translation>
    </message>
</context>
<context>
    <name>kolokasi::OfficerPicker</name>
    <message>
        <source>Add new officer…</source>
        <translation>Add new officer…</translation>
    </message>
</context>
<context>
    <name>kolokasi::OfficerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>NIP / NI PPPK</source>
        <translation>NIP / NI PPPK</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
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
        <translation>Step</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Service standard</translation>
    </message>
</context>
<context>
    <name>kolokasi::PlacementBlockEditor</name>
    <message>
        <source>Only when the placement differs from the proposal: why</source>
        <translation>Only when the placement differs from the proposal: why</translation>
    </message>
    <message>
        <source>Co-location: %1</source>
        <translation>Co-location: %1</translation>
    </message>
    <message>
        <source>Data centre: %1</source>
        <translation>Data centre: %1</translation>
    </message>
    <message>
        <source>NOC:</source>
        <translation>NOC:</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <source>from U</source>
        <translation>from U</translation>
    </message>
    <message>
        <source>user name; the password is typed when printing</source>
        <translation>user name; the password is typed when printing</translation>
    </message>
    <message>
        <source>Server location:</source>
        <translation>Server location:</translation>
    </message>
    <message>
        <source>Server S/N:</source>
        <translation>Server S/N:</translation>
    </message>
    <message>
        <source>Type &amp;&amp; brand:</source>
        <translation>Type &amp;&amp; brand:</translation>
    </message>
    <message>
        <source>Domain name:</source>
        <translation>Domain name:</translation>
    </message>
    <message>
        <source>Host admin user:</source>
        <translation>Host admin user:</translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation>IP address:</translation>
    </message>
    <message>
        <source>Note on a change:</source>
        <translation>Note on a change:</translation>
    </message>
</context>
<context>
    <name>kolokasi::PoolSection</name>
    <message>
        <source>Pool name:</source>
        <translation>Pool name:</translation>
    </message>
    <message>
        <source>Fill in the pool's name.</source>
        <translation>Fill in the pool's name.</translation>
    </message>
    <message>
        <source>Network (CIDR):</source>
        <translation>Network (CIDR):</translation>
    </message>
    <message>
        <source>Fill in the network, e.g. 103.162.16.0/25.</source>
        <translation>Fill in the network, e.g. 103.162.16.0/25.</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>Gateway:</translation>
    </message>
    <message>
        <source>Public addresses (given to requests)</source>
        <translation>Public addresses (given to requests)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>New IP pool</source>
        <translation>New IP pool</translation>
    </message>
    <message>
        <source>Edit pool %1</source>
        <translation>Edit pool %1</translation>
    </message>
    <message>
        <source>Pool %1 saved.</source>
        <translation>Pool %1 saved.</translation>
    </message>
    <message>
        <source>Pool %1 (%2) will be retired: its addresses are no longer given to requests, but old requests and the register still show them. Continue?</source>
        <translation>Pool %1 (%2) will be retired: its addresses are no longer given to requests, but old requests and the register still show them. Continue?</translation>
    </message>
    <message>
        <source>Pool %1 retired.</source>
        <translation>Pool %1 retired.</translation>
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
        <translation>Power %1 W, no budget set</translation>
    </message>
    <message>
        <source>Rack %1, U%2: free</source>
        <translation>Rack %1, U%2: free</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
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
        <translation>Register number: %1</translation>
    </message>
    <message>
        <source>Rack %1, U%2–U%3 (%4 U)</source>
        <translation>Rack %1, U%2–U%3 (%4 U)</translation>
    </message>
    <message>
        <source>Power: %1 W</source>
        <translation>Power: %1 W</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Valid until: %1</translation>
    </message>
    <message>
        <source>Valid until: permanent</source>
        <translation>Valid until: permanent</translation>
    </message>
    <message>
        <source>Double-click to open the asset.</source>
        <translation>Double-click to open the asset.</translation>
    </message>
    <message>
        <source>Double-click to open the request.</source>
        <translation>Double-click to open the request.</translation>
    </message>
    <message>
        <source>%1/%2 U used, %3 free</source>
        <translation>%1/%2 U used, %3 free</translation>
    </message>
    <message>
        <source>Power %1/%2 W (%3 %)</source>
        <translation>Power %1/%2 W (%3 %)</translation>
    </message>
</context>
<context>
    <name>kolokasi::RackPage</name>
    <message>
        <source>Racks</source>
        <translation>Racks</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Preview and print the rack elevation of this NOC</source>
        <translation>Preview and print the rack elevation of this NOC</translation>
    </message>
    <message>
        <source>NOC:</source>
        <translation>NOC:</translation>
    </message>
    <message>
        <source>Active (the server's name)</source>
        <translation>Active (the server's name)</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Open Data centre</source>
        <translation>Open Data centre</translation>
    </message>
    <message>
        <source>No NOC yet. Add the NOCs and their racks under Data centre.</source>
        <translation>No NOC yet. Add the NOCs and their racks under Data centre.</translation>
    </message>
    <message>
        <source>%1 has no rack yet. Add its racks under Data centre.</source>
        <translation>%1 has no rack yet. Add its racks under Data centre.</translation>
    </message>
</context>
<context>
    <name>kolokasi::RackSection</name>
    <message>
        <source>Add NOC</source>
        <translation>Add NOC</translation>
    </message>
    <message>
        <source>Edit NOC</source>
        <translation>Edit NOC</translation>
    </message>
    <message>
        <source>Retire NOC</source>
        <translation>Retire NOC</translation>
    </message>
    <message>
        <source>Add rack</source>
        <translation>Add rack</translation>
    </message>
    <message>
        <source>Edit rack</source>
        <translation>Edit rack</translation>
    </message>
    <message>
        <source>Retire rack</source>
        <translation>Retire rack</translation>
    </message>
    <message>
        <source>NOC:</source>
        <translation>NOC:</translation>
    </message>
    <message>
        <source>NOC name:</source>
        <translation>NOC name:</translation>
    </message>
    <message>
        <source>Fill in the NOC's name.</source>
        <translation>Fill in the NOC's name.</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Rack name:</source>
        <translation>Rack name:</translation>
    </message>
    <message>
        <source>Fill in the rack's name.</source>
        <translation>Fill in the rack's name.</translation>
    </message>
    <message>
        <source>Row / position:</source>
        <translation>Row / position:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Height:</translation>
    </message>
    <message>
        <source>Power budget:</source>
        <translation>Power budget:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New NOC</source>
        <translation>New NOC</translation>
    </message>
    <message>
        <source>Edit NOC %1</source>
        <translation>Edit NOC %1</translation>
    </message>
    <message>
        <source>NOC %1 saved.</source>
        <translation>NOC %1 saved.</translation>
    </message>
    <message>
        <source>NOC %1 will be retired: it can no longer be chosen for new placements, but old requests and the register still name it. Continue?</source>
        <translation>NOC %1 will be retired: it can no longer be chosen for new placements, but old requests and the register still name it. Continue?</translation>
    </message>
    <message>
        <source>NOC %1 retired.</source>
        <translation>NOC %1 retired.</translation>
    </message>
    <message>
        <source>Add a NOC first: racks stand in a NOC.</source>
        <translation>Add a NOC first: racks stand in a NOC.</translation>
    </message>
    <message>
        <source>New rack in %1</source>
        <translation>New rack in %1</translation>
    </message>
    <message>
        <source>Edit rack %1</source>
        <translation>Edit rack %1</translation>
    </message>
    <message>
        <source>Rack %1 saved.</source>
        <translation>Rack %1 saved.</translation>
    </message>
    <message>
        <source>Rack %1 will be retired: it can no longer be chosen for new placements, but old requests and the register still name it. Continue?</source>
        <translation>Rack %1 will be retired: it can no longer be chosen for new placements, but old requests and the register still name it. Continue?</translation>
    </message>
    <message>
        <source>Rack %1 retired.</source>
        <translation>Rack %1 retired.</translation>
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
        <translation>Rack</translation>
    </message>
    <message>
        <source>Row / position</source>
        <translation>Row / position</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>Units used</source>
        <translation>Units used</translation>
    </message>
    <message>
        <source>Units free</source>
        <translation>Units free</translation>
    </message>
    <message>
        <source>Power used / budget</source>
        <translation>Power used / budget</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>kolokasi::RecordDialog</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kolokasi::RecordEditor</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kolokasi::RecordSection</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kolokasi::RegisterFilterBar</name>
    <message>
        <source>All NOCs</source>
        <translation>All NOCs</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Any review</source>
        <translation>Any review</translation>
    </message>
    <message>
        <source>Any validity</source>
        <translation>Any validity</translation>
    </message>
    <message>
        <source>Search register no., server, unit, officer, domain, IP, S/N, type…</source>
        <translation>Search register no., server, unit, officer, domain, IP, S/N, type…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Review overdue</translation>
    </message>
    <message>
        <source>Validity expired</source>
        <translation>Validity expired</translation>
    </message>
    <message>
        <source>Ends within %1 days</source>
        <translation>Ends within %1 days</translation>
    </message>
</context>
<context>
    <name>kolokasi::ReportStepPage</name>
    <message>
        <source>The unit has been informed that its co-location and hosting request was approved.</source>
        <translation>The unit has been informed that its co-location and hosting request was approved.</translation>
    </message>
    <message>
        <source>The unit has brought its server(s) with the operating system, software and supporting applications as specified.</source>
        <translation>The unit has brought its server(s) with the operating system, software and supporting applications as specified.</translation>
    </message>
    <message>
        <source>The unit has been told, with a copy to the head of division, that the server and the hosted application are ready and reachable. Saving completes the request.</source>
        <translation>The unit has been told, with a copy to the head of division, that the server and the hosted application are ready and reachable. Saving completes the request.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>kolokasi::RequestHeader</name>
    <message>
        <source>Letter:</source>
        <translation>Letter:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Step:</translation>
    </message>
    <message>
        <source>%1, dated %2</source>
        <translation>%1, dated %2</translation>
    </message>
    <message>
        <source>%1 of 9 done: %2</source>
        <translation>%1 of 9 done: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(new letter)</source>
        <translation>(new letter)</translation>
    </message>
    <message>
        <source>the letter is registered first</source>
        <translation>the letter is registered first</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
</context>
<context>
    <name>kolokasi::RequestHistoryModel</name>
    <message>
        <source>Letter registered</source>
        <translation>Letter registered</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>Disposed</translation>
    </message>
    <message>
        <source>Capacity available</source>
        <translation>Capacity available</translation>
    </message>
    <message>
        <source>Closed: no capacity</source>
        <translation>Closed: no capacity</translation>
    </message>
    <message>
        <source>Application filled</source>
        <translation>Application filled</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Unit notified</source>
        <translation>Unit notified</translation>
    </message>
    <message>
        <source>Server delivered</source>
        <translation>Server delivered</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation>Document issued</translation>
    </message>
    <message>
        <source>Withdrawal approved</source>
        <translation>Withdrawal approved</translation>
    </message>
    <message>
        <source>Withdrawal rejected</source>
        <translation>Withdrawal rejected</translation>
    </message>
    <message>
        <source>Withdrawal completed</source>
        <translation>Withdrawal completed</translation>
    </message>
    <message>
        <source>%1: "%2" → "%3" (%4)</source>
        <translation>%1: "%2" → "%3" (%4)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>kolokasi::RequestLetterStepPage</name>
    <message>
        <source>Enter the number of the unit's letter.</source>
        <translation>Enter the number of the unit's letter.</translation>
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
        <translation>Letter number:</translation>
    </message>
    <message>
        <source>Letter date:</source>
        <translation>Letter date:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Service type:</source>
        <translation>Service type:</translation>
    </message>
    <message>
        <source>Servers and their requested spec</source>
        <translation>Servers and their requested spec</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Bandwidth:</source>
        <translation>Bandwidth:</translation>
    </message>
    <message>
        <source>Public IP addresses:</source>
        <translation>Public IP addresses:</translation>
    </message>
    <message>
        <source>Rack units and power are the sums of the servers' rows.</source>
        <translation>Rack units and power are the sums of the servers' rows.</translation>
    </message>
    <message>
        <source>Add new unit…</source>
        <translation>Add new unit…</translation>
    </message>
</context>
<context>
    <name>kolokasi::RequestListModel</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>Service standard</translation>
    </message>
</context>
<context>
    <name>kolokasi::RequestListPage</name>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>New request</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>All steps</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>Search letter number, unit, subject, domain…</source>
        <translation>Search letter number, unit, subject, domain…</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Requests found: %1</source>
        <translation>Requests found: %1</translation>
    </message>
    <message>
        <source>No request yet. Record the first request letter with %1.</source>
        <translation>No request yet. Record the first request letter with %1.</translation>
    </message>
</context>
<context>
    <name>kolokasi::RequestPage</name>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Correct a value…</source>
        <translation>Correct a value…</translation>
    </message>
    <message>
        <source>Start pencabutan</source>
        <translation>Start pencabutan</translation>
    </message>
    <message>
        <source>Cancel request…</source>
        <translation>Cancel request…</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Request %1</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>New request</translation>
    </message>
    <message>
        <source>This step has no page of its own.</source>
        <translation>This step has no page of its own.</translation>
    </message>
    <message>
        <source>The request is closed: every step is done. Its documents are under Documents, what happened under History.</source>
        <translation>The request is closed: every step is done. Its documents are under Documents, what happened under History.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>This request has reached no document yet.</source>
        <translation>This request has reached no document yet.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Cancel request</translation>
    </message>
    <message>
        <source>Why is request %1 cancelled? (the reason is kept in its history)</source>
        <translation>Why is request %1 cancelled? (the reason is kept in its history)</translation>
    </message>
    <message>
        <source>Request %1 will be closed as cancelled and cannot go on. Continue?</source>
        <translation>Request %1 will be closed as cancelled and cannot go on. Continue?</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Cancel the request</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Keep it open</translation>
    </message>
</context>
<context>
    <name>kolokasi::RequestTimelineModel</name>
    <message>
        <source>%1, overdue</source>
        <translation>%1, overdue</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>to come</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>not reached</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Time taken</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>1. withdrawal letter</source>
        <translation>1. withdrawal letter</translation>
    </message>
    <message>
        <source>2. head of division's decision</source>
        <translation>2. head of division's decision</translation>
    </message>
    <message>
        <source>3. withdrawal completed</source>
        <translation>3. withdrawal completed</translation>
    </message>
</context>
<context>
    <name>kolokasi::RequestTimelineView</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Done by %1 on %2</source>
        <translation>Done by %1 on %2</translation>
    </message>
</context>
<context>
    <name>kolokasi::ReviewLinesModel</name>
    <message>
        <source>Not reviewed</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Does not match</source>
        <translation>Does not match</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>%1 of %2 reviewed</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Register number</translation>
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
        <translation>NOC / rack / U</translation>
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
        <translation>Finding</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>kolokasi::ReviewListModel</name>
    <message>
        <source>Finished %1</source>
        <translation>Finished %1</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Does not match</source>
        <translation>Does not match</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>kolokasi::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Start review</translation>
    </message>
    <message>
        <source>Start a review</source>
        <translation>Start a review</translation>
    </message>
    <message>
        <source>A review lists every active asset; mark each one as found. Findings are saved as you go, and another admin can continue the review.</source>
        <translation>A review lists every active asset; mark each one as found. Findings are saved as you go, and another admin can continue the review.</translation>
    </message>
    <message>
        <source>Date of the review:</source>
        <translation>Date of the review:</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Reviewer:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Reviews held so far</source>
        <translation>Reviews held so far</translation>
    </message>
    <message>
        <source>The review will be finished: the %1 reviewed assets get %2 as their last review date, and its findings can no longer be changed.</source>
        <translation>The review will be finished: the %1 reviewed assets get %2 as their last review date, and its findings can no longer be changed.</translation>
    </message>
    <message>
        <source>The %1 assets not reviewed keep their last review date and count as overdue once it is more than 12 months old.</source>
        <translation>The %1 assets not reviewed keep their last review date and count as overdue once it is more than 12 months old.</translation>
    </message>
    <message>
        <source>Continue?</source>
        <translation>Continue?</translation>
    </message>
    <message>
        <source>Finish review</source>
        <translation>Finish review</translation>
    </message>
    <message>
        <source>Keep reviewing</source>
        <translation>Keep reviewing</translation>
    </message>
    <message>
        <source>The review is finished: %1 assets are stamped reviewed on %2.</source>
        <translation>The review is finished: %1 assets are stamped reviewed on %2.</translation>
    </message>
    <message>
        <source>Choose a review in the list to print it.</source>
        <translation>Choose a review in the list to print it.</translation>
    </message>
    <message>
        <source>No review in progress.</source>
        <translation>No review in progress.</translation>
    </message>
</context>
<context>
    <name>kolokasi::ReviewSheet</name>
    <message>
        <source>Matches (1)</source>
        <translation>Matches (1)</translation>
    </message>
    <message>
        <source>Does not match (2)</source>
        <translation>Does not match (2)</translation>
    </message>
    <message>
        <source>Not found (3)</source>
        <translation>Not found (3)</translation>
    </message>
    <message>
        <source>Correct asset…</source>
        <translation>Correct asset…</translation>
    </message>
    <message>
        <source>All assets</source>
        <translation>All assets</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Not reviewed yet</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Does not match</source>
        <translation>Does not match</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Note: what differs (found in another rack, different S/N, server gone…)</source>
        <translation>Note: what differs (found in another rack, different S/N, server gone…)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Review of %1 by %2</source>
        <translation>Review of %1 by %2</translation>
    </message>
    <message>
        <source>The correction of %1 is recorded in its request's history.</source>
        <translation>The correction of %1 is recorded in its request's history.</translation>
    </message>
</context>
<context>
    <name>kolokasi::SearchableComboBox</name>
    <message>
        <source>Type to search; Enter on a new name adds it</source>
        <translation>Type to search; Enter on a new name adds it</translation>
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
        <translation>Server name</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processor</translation>
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
        <translation>Rack units</translation>
    </message>
    <message>
        <source>Power (W)</source>
        <translation>Power (W)</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Add server</translation>
    </message>
    <message>
        <source>e.g. srv-simpeg</source>
        <translation>e.g. srv-simpeg</translation>
    </message>
    <message>
        <source>e.g. Intel Xeon Silver 4310</source>
        <translation>e.g. Intel Xeon Silver 4310</translation>
    </message>
    <message>
        <source>e.g. 64 GB</source>
        <translation>e.g. 64 GB</translation>
    </message>
    <message>
        <source>e.g. 2 x 960 GB SSD</source>
        <translation>e.g. 2 x 960 GB SSD</translation>
    </message>
    <message>
        <source>e.g. 2 x 750 W</source>
        <translation>e.g. 2 x 750 W</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>kolokasi::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>kolokasi::SettingsSection</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
</context>
<context>
    <name>kolokasi::SetupAgencyPage</name>
    <message>
        <source>Agency and letterhead</source>
        <translation>Agency and letterhead</translation>
    </message>
    <message>
        <source>As the letterhead (kop surat) of the printed forms shows it.</source>
        <translation>As the letterhead (kop surat) of the printed forms shows it.</translation>
    </message>
    <message>
        <source>Government:</source>
        <translation>Government:</translation>
    </message>
    <message>
        <source>Enter the government's name.</source>
        <translation>Enter the government's name.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <source>Enter the office's name.</source>
        <translation>Enter the office's name.</translation>
    </message>
    <message>
        <source>Division:</source>
        <translation>Division:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>City of the date line:</source>
        <translation>City of the date line:</translation>
    </message>
    <message>
        <source>Enter the city printed before the date.</source>
        <translation>Enter the city printed before the date.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Choose the logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Enter the address.</source>
        <translation>Enter the address.</translation>
    </message>
    <message>
        <source>Numbering pattern:</source>
        <translation>Numbering pattern:</translation>
    </message>
    <message>
        <source>Enter the numbering pattern.</source>
        <translation>Enter the numbering pattern.</translation>
    </message>
    <message>
        <source>{seq:4} is the sequence of the year, {code} the document's code (PGJ, PSJ, BAST...), {year} the year of its date; start with your archive classification code, e.g. %1.</source>
        <translation>{seq:4} is the sequence of the year, {code} the document's code (PGJ, PSJ, BAST...), {year} the year of its date; start with your archive classification code, e.g. %1.</translation>
    </message>
</context>
<context>
    <name>kolokasi::SetupDataCentrePage</name>
    <message>
        <source>NOC and racks</source>
        <translation>NOC and racks</translation>
    </message>
    <message>
        <source>The server room where the units' servers are placed. More rooms and racks can be added later.</source>
        <translation>The server room where the units' servers are placed. More rooms and racks can be added later.</translation>
    </message>
    <message>
        <source>NOC name:</source>
        <translation>NOC name:</translation>
    </message>
    <message>
        <source>Enter the NOC's name.</source>
        <translation>Enter the NOC's name.</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>Number of racks:</source>
        <translation>Number of racks:</translation>
    </message>
    <message>
        <source>Rack height:</source>
        <translation>Rack height:</translation>
    </message>
    <message>
        <source>Power budget per rack:</source>
        <translation>Power budget per rack:</translation>
    </message>
    <message>
        <source>The racks are named R01, R02, … and can be renamed later.</source>
        <translation>The racks are named R01, R02, … and can be renamed later.</translation>
    </message>
</context>
<context>
    <name>kolokasi::SetupFacilitiesPage</name>
    <message>
        <source>Facility budgets and public IP</source>
        <translation>Facility budgets and public IP</translation>
    </message>
    <message>
        <source>What the capacity check (step 3) compares each request against.</source>
        <translation>What the capacity check (step 3) compares each request against.</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>UPS capacity:</source>
        <translation>UPS capacity:</translation>
    </message>
    <message>
        <source>Genset capacity:</source>
        <translation>Genset capacity:</translation>
    </message>
    <message>
        <source>Bandwidth:</source>
        <translation>Bandwidth:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Public IP pool</source>
        <translation>Public IP pool</translation>
    </message>
    <message>
        <source>Pool name:</source>
        <translation>Pool name:</translation>
    </message>
    <message>
        <source>Enter the pool's name.</source>
        <translation>Enter the pool's name.</translation>
    </message>
    <message>
        <source>Network (CIDR):</source>
        <translation>Network (CIDR):</translation>
    </message>
    <message>
        <source>Enter the public network, e.g. 103.10.20.0/26.</source>
        <translation>Enter the public network, e.g. 103.10.20.0/26.</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>Gateway:</translation>
    </message>
    <message>
        <source>Suggested: the first address, where most offices put the router. The gateway is never proposed to a server; left empty, the first address is held back until a gateway is set in Data Centre.</source>
        <translation>Suggested: the first address, where most offices put the router. The gateway is never proposed to a server; left empty, the first address is held back until a gateway is set in Data Centre.</translation>
    </message>
</context>
<context>
    <name>kolokasi::SetupFirstUnitPage</name>
    <message>
        <source>First unit (optional)</source>
        <translation>First unit (optional)</translation>
    </message>
    <message>
        <source>The unit (OPD) whose request comes first. Leave it empty to add units later.</source>
        <translation>The unit (OPD) whose request comes first. Leave it empty to add units later.</translation>
    </message>
    <message>
        <source>Unit name:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>Short name:</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Enter the unit's name, or empty the other fields to add no unit.</source>
        <translation>Enter the unit's name, or empty the other fields to add no unit.</translation>
    </message>
</context>
<context>
    <name>kolokasi::SetupPage</name>
    <message>
        <source>To go on: %1</source>
        <translation>To go on: %1</translation>
    </message>
</context>
<context>
    <name>kolokasi::SetupPeoplePage</name>
    <message>
        <source>Kepala Bidang and data centre officer</source>
        <translation>Kepala Bidang and data centre officer</translation>
    </message>
    <message>
        <source>They sign the approval and the handover; the officer also signs in to work.</source>
        <translation>They sign the approval and the handover; the officer also signs in to work.</translation>
    </message>
    <message>
        <source>Kepala Bidang</source>
        <translation>Kepala Bidang</translation>
    </message>
    <message>
        <source>Data centre officer</source>
        <translation>Data centre officer</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Enter the name.</translation>
    </message>
    <message>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Enter the position.</source>
        <translation>Enter the position.</translation>
    </message>
    <message>
        <source>Kepala Bidang: %1</source>
        <translation>Kepala Bidang: %1</translation>
    </message>
    <message>
        <source>Data centre officer: %1</source>
        <translation>Data centre officer: %1</translation>
    </message>
    <message>
        <source>PNS (civil servant)</source>
        <translation>PNS (civil servant)</translation>
    </message>
    <message>
        <source>PPPK (contract employee)</source>
        <translation>PPPK (contract employee)</translation>
    </message>
    <message>
        <source>Employment:</source>
        <translation>Employment:</translation>
    </message>
    <message>
        <source>Enter the number.</source>
        <translation>Enter the number.</translation>
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
        <translation>Welcome to Kolokasi</translation>
    </message>
    <message>
        <source>The database is still empty. This guide sets up what the first request needs; everything can be changed later.</source>
        <translation>The database is still empty. This guide sets up what the first request needs; everything can be changed later.</translation>
    </message>
    <message>
        <source>You will be asked for the agency and its letterhead, the Kepala Bidang and the data centre officer who sign the forms, the NOC with its racks, the facility budgets (UPS, genset, bandwidth), a public IP pool and, if you like, the first unit.</source>
        <translation>You will be asked for the agency and its letterhead, the Kepala Bidang and the data centre officer who sign the forms, the NOC with its racks, the facility budgets (UPS, genset, bandwidth), a public IP pool and, if you like, the first unit.</translation>
    </message>
    <message>
        <source>Set up our data centre</source>
        <translation>Set up our data centre</translation>
    </message>
    <message>
        <source>Try it with sample data</source>
        <translation>Try it with sample data</translation>
    </message>
    <message>
        <source>The sample data is a made-up data centre of Kabupaten Cirebon with requests at every step; use a new database for your own data.</source>
        <translation>The sample data is a made-up data centre of Kabupaten Cirebon with requests at every step; use a new database for your own data.</translation>
    </message>
</context>
<context>
    <name>kolokasi::SetupWizard</name>
    <message>
        <source>Setting up Kolokasi</source>
        <translation>Setting up Kolokasi</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kolokasi::SignatoriesEditor</name>
    <message>
        <source>"a.n." is printed by itself where a letter goes out on the Kepala Dinas's behalf; choose Plt. or Plh. only for an official who holds the post as acting.</source>
        <translation>"a.n." is printed by itself where a letter goes out on the Kepala Dinas's behalf; choose Plt. or Plh. only for an official who holds the post as acting.</translation>
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
        <translation>Data-centre officer</translation>
    </message>
    <message>
        <source>Receiving officer (serah terima; the data-centre officer if empty)</source>
        <translation>Receiving officer (serah terima; the data-centre officer if empty)</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <source>Name and titles:</source>
        <translation>Name and titles:</translation>
    </message>
    <message>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Rank (pangkat/golongan):</source>
        <translation>Rank (pangkat/golongan):</translation>
    </message>
    <message>
        <source>Holds the post</source>
        <translation>Holds the post</translation>
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
        <translation>Acting:</translation>
    </message>
    <message>
        <source>Enter the signatory's name.</source>
        <translation>Enter the signatory's name.</translation>
    </message>
    <message>
        <source>Enter the signatory's position.</source>
        <translation>Enter the signatory's position.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>The signatories were saved; printouts use them from now on.</source>
        <translation>The signatories were saved; printouts use them from now on.</translation>
    </message>
</context>
<context>
    <name>kolokasi::SignatoryPicker</name>
    <message>
        <source>Add new officer…</source>
        <translation>Add new officer…</translation>
    </message>
</context>
<context>
    <name>kolokasi::UnitDialog</name>
    <message>
        <source>Edit unit</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <source>Fill in the unit's name.</source>
        <translation>Fill in the unit's name.</translation>
    </message>
    <message>
        <source>e.g. Dinas Kesehatan</source>
        <translation>e.g. Dinas Kesehatan</translation>
    </message>
    <message>
        <source>e.g. Dinkes</source>
        <translation>e.g. Dinkes</translation>
    </message>
    <message>
        <source>e.g. 0812-2345-6789 or (0231) 8330580</source>
        <translation>e.g. 0812-2345-6789 or (0231) 8330580</translation>
    </message>
    <message>
        <source>Unit name:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <source>Short code:</source>
        <translation>Short code:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Letters to the unit are addressed to this title. Leave it empty to use the usual title for the unit's name.</source>
        <translation>Letters to the unit are addressed to this title. Leave it empty to use the usual title for the unit's name.</translation>
    </message>
    <message>
        <source>Head's title:</source>
        <translation>Head's title:</translation>
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
        <translation>Code</translation>
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
        <translation>Units &amp; Officers</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>Show retired</translation>
    </message>
    <message>
        <source>Search unit, short code, officer or NIP…</source>
        <translation>Search unit, short code, officer or NIP…</translation>
    </message>
    <message>
        <source>Short code:</source>
        <translation>Short code:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
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
        <translation>Edit unit…</translation>
    </message>
    <message>
        <source>Retire unit…</source>
        <translation>Retire unit…</translation>
    </message>
    <message>
        <source>Add officer…</source>
        <translation>Add officer…</translation>
    </message>
    <message>
        <source>Edit officer…</source>
        <translation>Edit officer…</translation>
    </message>
    <message>
        <source>Retire officer…</source>
        <translation>Retire officer…</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>Units shown: %1</source>
        <translation>Units shown: %1</translation>
    </message>
    <message>
        <source>No unit chosen</source>
        <translation>No unit chosen</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>Retire unit</source>
        <translation>Retire unit</translation>
    </message>
    <message>
        <source>%1 will no longer be offered for new requests; its earlier requests and printouts keep showing it. Retire it?</source>
        <translation>%1 will no longer be offered for new requests; its earlier requests and printouts keep showing it. Retire it?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Retire officer</source>
        <translation>Retire officer</translation>
    </message>
    <message>
        <source>%1 will no longer be offered as responsible officer; earlier requests and printouts keep showing them. Retire them?</source>
        <translation>%1 will no longer be offered as responsible officer; earlier requests and printouts keep showing them. Retire them?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
</context>
<context>
    <name>kolokasi::WithdrawalCompletionPage</name>
    <message>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Removed on:</source>
        <translation>Removed on:</translation>
    </message>
    <message>
        <source>Completing frees the server's rack units and IP addresses and marks the asset withdrawn in the register.</source>
        <translation>Completing frees the server's rack units and IP addresses and marks the asset withdrawn in the register.</translation>
    </message>
    <message>
        <source>Complete the withdrawal</source>
        <translation>Complete the withdrawal</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Approved by %1 on %2</translation>
    </message>
    <message>
        <source>The server's rack units and IP addresses will be freed and the asset marked withdrawn. Continue?</source>
        <translation>The server's rack units and IP addresses will be freed and the asset marked withdrawn. Continue?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kolokasi::WithdrawalDecisionPage</name>
    <message>
        <source>Approves</source>
        <translation>Approves</translation>
    </message>
    <message>
        <source>Rejects</source>
        <translation>Rejects</translation>
    </message>
    <message>
        <source>Needed when rejecting</source>
        <translation>Needed when rejecting</translation>
    </message>
    <message>
        <source>Considerations of the unit:</source>
        <translation>Considerations of the unit:</translation>
    </message>
    <message>
        <source>Decision of the head of division</source>
        <translation>Decision of the head of division</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Head of division:</source>
        <translation>Head of division:</translation>
    </message>
    <message>
        <source>Considerations:</source>
        <translation>Considerations:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Reject the withdrawal</source>
        <translation>Reject the withdrawal</translation>
    </message>
    <message>
        <source>The withdrawal request will be closed as rejected and the server stays in place. Continue?</source>
        <translation>The withdrawal request will be closed as rejected and the server stays in place. Continue?</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Keep it open</translation>
    </message>
</context>
<context>
    <name>kolokasi::WithdrawalRegistrationPage</name>
    <message>
        <source>Enter the number of the unit's letter.</source>
        <translation>Enter the number of the unit's letter.</translation>
    </message>
    <message>
        <source>Blank: "Pencabutan co-location" and the register number</source>
        <translation>Blank: "Pencabutan co-location" and the register number</translation>
    </message>
    <message>
        <source>Asset:</source>
        <translation>Asset:</translation>
    </message>
    <message>
        <source>Letter number:</source>
        <translation>Letter number:</translation>
    </message>
    <message>
        <source>Letter date:</source>
        <translation>Letter date:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Considerations:</source>
        <translation>Considerations:</translation>
    </message>
    <message>
        <source>%1 - %2 (%3, %4)</source>
        <translation>%1 - %2 (%3, %4)</translation>
    </message>
    <message>
        <source>No active asset to withdraw.</source>
        <translation>No active asset to withdraw.</translation>
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
        <translation>Read-only: changes cannot be saved</translation>
    </message>
    <message>
        <source>Password of %1 for %2:</source>
        <translation>Password of %1 for %2:</translation>
    </message>
</context>
</TS>
