<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApplicationStep</name>
    <message>
        <source>Unit address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A placement that is not permanent needs its end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of validity must lie in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The responsible officer must belong to the requesting unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application form (pengajuan) has not been filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The responsible officer %1 has no valid NIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit address is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of validity is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalStep</name>
    <message>
        <source>Considerations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1 has no placement (NOC, location) on the approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no room found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1: the placement differs from the proposal (%2). Write a note why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetRepository</name>
    <message>
        <source>asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cancellation</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has been handed over: the request can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityCheckStep</name>
    <message>
        <source>The verdict differs from the computed capacity: explain it in a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeChannel</name>
    <message>
        <source>Could not listen for other admins&apos; changes: %1</source>
        <translation>Could not listen for other admins&apos; changes: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kolokasi [--database LOCATION] [--lang id|en] [COMMAND [OPTIONS]]

Co-location of servers and hosting of applications for a Diskominfo data centre.
Without a command, opens the window.

Options:
  -d, --database LOCATION  an SQLite file, or postgresql://user@host:port/database
                           (default: the database chosen in settings, else
                           kolokasi.sqlite in the user&apos;s data folder)
  --lang id|en             language of windows and messages
  -h, --help               show this help
  -v, --version            show the version

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1. See kolokasi --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the database in use and its schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kolokasi [--database LOCATION] info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill a new, empty database with a realistic sample data centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kolokasi --database LOCATION demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already holds data; the demo only fills a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo stopped: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data centre written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletionStep</name>
    <message>
        <source>A request is complete only after the handover.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionRepository</name>
    <message>
        <source>The field %1 cannot be corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this value meanwhile; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionStep</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value belongs to step %1, which the request has not reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new value is the same as the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already used by another placed server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataCentreRepository</name>
    <message>
        <source>NOC name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOC</source>
        <translation>NOC</translation>
    </message>
    <message>
        <source>Rack name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rack is 1 to 60 U high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The power budget cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The Qt database driver %1 is not installed (Debian package %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This refers to a record that does not exist or is still in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field must be filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy with another user&apos;s change. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid PostgreSQL address: %1. Write it as postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>The date must be filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a calendar date (write it as 25-11-2026 or 2026-11-25).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>No installed server of %1.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentNumbering</name>
    <message>
        <source>A numbering pattern needs {seq} (or {seq:4}) and {year}, for example 050/{seq:4}/Aptika/{year}: the sequence starts again every year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 has been issued for request %2 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no request number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find a free number for %1 with the pattern %2. Check the numbering settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>The printer does not accept this paper size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be started on this printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>Only the four forms (pengajuan, persetujuan, serah-terima, pencabutan) have a blank version; %1 has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a rack or a NOC to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NOC %1 has no racks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no NOC named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unit named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status %1: use active or withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is not a withdrawal request: it has no pencabutan form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 has no withdrawal details yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The withdrawal of request %1 was rejected: there is no pencabutan to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is a withdrawal request: only its pencabutan form can be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 has not had its capacity check (step 3) yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 has no filled pengajuan form (step 4) yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 has not been decided (step 5) yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 has not been approved: there is nothing to notify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 has not been handed over (step 8) yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainName</name>
    <message>
        <source>The domain name must be filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid domain name (for example simpeg.cirebonkab.go.id).</source>
        <translation type="unfinished"></translation>
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
    <name>FacilityRepository</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A capacity cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverStep</name>
    <message>
        <source>Enter the delivered spec of server %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1: %2 differs from the request (requested &quot;%3&quot;, delivered &quot;%4&quot;). Accept the difference with a note or the handover cannot be signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motherboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A handover needs an approval of the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IpAddress</name>
    <message>
        <source>The IP address must be filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IP address (for example 103.10.20.5 or 2001:db8::5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IpNetwork</name>
    <message>
        <source>The network must be filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a network in CIDR notation with its network address (for example 103.10.20.0/24).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>This database was written by a newer Kolokasi (schema version %1; this program knows up to version %2). Update Kolokasi to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the database to schema version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Nip</name>
    <message>
        <source>The NIP must be filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A NIP has 18 digits (for example 19620718 198603 1 003); this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first 8 digits of a NIP are the birth date (YYYYMMDD); %1 is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 9 to 14 of a NIP are the appointment year and month (YYYYMM), at least 15 years after birth; %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit 15 of a NIP is 1 (man) or 2 (woman), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 3 digits of a NIP (the serial) cannot be 000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>The telephone number must be filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Indonesian telephone number (for example 0812 3456 7890 or (0231) 8330580).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementRepository</name>
    <message>
        <source>placement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementRules</name>
    <message>
        <source>Server %1: the IP address %2 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1: choose a rack for the co-located server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1: choose the NOC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1: rack %2 is not in the chosen NOC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1: units %2 to %3 do not fit in rack %4 (U 1 to %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1: units %2 to %3 of rack %4 overlap a placed server (U %5 to %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1: rack %2 would draw %3 W of its %4 W budget. Write a note to accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1: the domain %2 is already in use by a placed server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1: the serial number %2 belongs to a placed server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1: the IP address %2 is already given to a placed server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1: the public IP address %2 is not in a public IP pool.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>the document to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper size: A4 (default) or F4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a PDF file instead of printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the empty form, to fill in by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the host admin password from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rak, register: the NOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rak: the rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register: the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register: active or withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one document to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown document: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown paper size %1: use A4 or F4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the four forms have a blank version; %1 has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the request&apos;s number with --request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status %1: use active or withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no default printer. Give --output to write a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a form, letter, report, the register or a rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  kolokasi [--database F] print &lt;document&gt; --request &lt;id&gt; [--paper A4|F4] [--output file.pdf]
           [--admin-password-stdin]
  kolokasi [--database F] print &lt;form&gt; --blank [--paper A4|F4] [--output file.pdf]
  kolokasi [--database F] print rak (--noc &lt;name&gt; | --rack &lt;name&gt;) [--output file.pdf]
  kolokasi [--database F] print register [--noc N] [--unit U] [--status active|withdrawn]
Documents: pengajuan, persetujuan, serah-terima, pencabutan (forms, also --blank), kapasitas,
  pemberitahuan, laporan-selesai, register, rak. Without --output: the default printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1 number %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDataRepository</name>
    <message>
        <source>There is no NOC named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rack named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several NOCs have a rack named %1: name the NOC too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestLetterStep</name>
    <message>
        <source>A request names at least one server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1: a co-located server takes at least 1 U.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was changed meanwhile; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestTransition</name>
    <message>
        <source>This request is already closed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action is not part of a withdrawal request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action is not part of a placement request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is at step %1 (%2); this action needs it at step %3 (%4). Steps go in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed: no capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed: rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Required</name>
    <message>
        <source>%1 must be filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerRepository</name>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signatory has been set for the role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date of the holiday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the list of holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office hours must end after they start.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handover record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>No %1 with number %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitRepository</name>
    <message>
        <source>Unit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>officer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawalProcess</name>
    <message>
        <source>Considerations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset %1 is already withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset %1 already has an open withdrawal request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawalRepository</name>
    <message>
        <source>withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kolokasi::CapacitySummaryModel</name>
    <message>
        <source>Data centre</source>
        <translation>Data centre</translation>
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
    <name>kolokasi::MainWindow</name>
    <message>
        <source>Kolokasi — co-location and application hosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kolokasi&lt;/h2&gt;&lt;p&gt;Co-location of servers and hosting of applications, following the data centre&apos;s SOP.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
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
        <source>%1: &quot;%2&quot; → &quot;%3&quot; (%4)</source>
        <translation>%1: &quot;%2&quot; → &quot;%3&quot; (%4)</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Kolokasi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
