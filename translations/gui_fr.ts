<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>AccessMessages</name>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password has at least %1 characters. A few words that belong together are easier to remember than a jumble of symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has letters, digits and . _ @ - only, no spaces (for example ana.lima).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the new password again in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front desk — enters intakes, finds returning clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist — also reviews suggestions, writes session notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager — also exports, audit log, backups, users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the password over in person; the user can change it from Account &gt; Change password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerPairWidget</name>
    <message>
        <source>Yes (key Y). Click again to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (key N). Click again to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Press Y for yes, N for no, Delete to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet: Y for yes, N for no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Show entries since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password change failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the audit log from the clinic server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s) since %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the audit chain on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit chain intact: %Ln entry(s) checked. Newest hash: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>STORED RECORDS CHANGED OUTSIDE CLINIC INTAKE
%1
Keep a copy of this database as it is, and compare it with your backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit chain intact (%1 checked), but %n problem(s) with the records and accounts it covers.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>AUDIT LOG CHAIN BROKEN at entry %1
%2
Entries from there on may have been changed, inserted or removed outside Clinic Intake. Keep a copy of this database as it is, and compare it with your backups and the newest hash you wrote down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit chain BROKEN at entry %1 (%Ln entry(s) checked).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup holds every client&apos;s health record. Encrypt it when it leaves this computer (a USB stick, a cloud folder). Without the passphrase the backup cannot be restored: keep it somewhere safe, apart from the backup. A few words that belong together make a good passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted Clinic Intake backup (*.encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic Intake database (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to back up to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already. A backup never replaces a file: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyMapWidget</name>
    <message>
        <source>Body map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not work here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, do not work here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking where not to work. %1. Space marks or clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking where it hurts. %1. Space selects or clears it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClearanceEditor</name>
    <message>
        <source>Recent major injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancer, now or in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight loss without trying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant pain at night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakened immune system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injects drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent fall or strain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain unchanged by movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical &amp;clearance (a physician&apos;s note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical clearance from a physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when a physician has seen the client for a flag and cleared them for massage. Emergency flags cannot be cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the physician&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. Dr. A. Roy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ dated after the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✗ expired: older than %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClinicSession</name>
    <message>
        <source>Clinic server: %1@%2/%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionMonitor</name>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reachable since %1, retrying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the date on a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as %1, or pick it on the calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopOpening</name>
    <message>
        <source>Connecting to the clinic server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s keyring could not keep the server password (%1): Clinic Intake will ask for it at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password remembered on this computer no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the clinic server (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the clinic server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic Intake could not open the clinic&apos;s records %1.

%2

If the server or the file has moved, correct where the records are in Settings. Otherwise, tell whoever looks after the clinic&apos;s computers what this message says, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV (spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON (complete records with history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;byte-order mark for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel needs it to show accented names correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All visit dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit dates from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit dates to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export records to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first visit date is after the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln record(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using the clinic&apos;s database. Try the export again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written there. Choose a folder you are allowed to write to, such as your Documents folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space or choose another drive, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records cannot be exported to that file (the clinic&apos;s database, a link, a folder or a device, or a file you did not choose to replace). Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s database is damaged, so the records could not be read. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database — Clinic Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Create the manager&apos;s account&lt;/h2&gt;&lt;p&gt;This database has no user accounts yet:&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Its first account is the clinic manager&apos;s. The manager then adds the front desk and the therapists (Account &amp;gt; Users).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDescription</name>
    <message>
        <source>REFER OUT — %1: do not start a massage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCREENING INCOMPLETE: %1; the urgency may be higher than shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCREENING INCOMPLETE: %1. No plan until they are answered: this suggestion cannot be accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan: screening incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pressure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of this stored suggestion could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared by a physician for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home care: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(asked only when the neck is involved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain: %1, intensity %2/10, for %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radiates to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not work on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical clearance by %1 on %2 for: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical clearance on %1 for: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(valid on the visit day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(&lt;b&gt;expired&lt;/b&gt;: more than %n day(s) before the visit)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pressure preference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure preference: not stated (medium)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening and precautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version 1 record: its flags were ticked or left unticked, so an unticked flag shows here as not asked. Amend it to ask them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born %1 (age %2), visit %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake format: version 1 (clinic-intake/1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stored record could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1: suggestion accepted by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1: overridden by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of this stored review could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of this stored intake could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDetailsDialog</name>
    <message>
        <source>Intake #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of the intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake and suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the answers on the intake form; saving keeps this version and adds a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Intake #%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mend to complete the screening…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeFormPage</name>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning clients found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning clients with this name or date of birth: Down from the name and Enter (or a click) fill in their details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi&amp;sit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intensity (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain intensity from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the pain has lasted, in weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radiates to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck and shoulders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nerve symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shooting pain down a leg (sciatica)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness or tingling in a leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness or tingling in an arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tight hamstrings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tight glutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habitually stands on one leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck and shoulder stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press&amp;ure preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sacroiliac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where it hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do no&amp;t work here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas the therapist must not work directly: a surgical site, a skin condition, a bruise, varicose veins. Drawn hatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n still to ask</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>on a question: Y yes, N no, Delete clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not work here: none marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not work here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it hurts (body map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body map: mark where it hurts (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Screening: %1 yet, marked in the margin (the intake can be saved without them, but no plan is offered until they are answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n answer(s) need attention.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This intake cannot be saved yet. Still to answer or correct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the client already has an intake that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved version %1 of intake %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved intake %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (screening incomplete: %n question(s) not asked)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The database is busy, try again: the intake is not saved; your answers are still on the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake could not be saved. Your answers are still on the form.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost: retrying. This intake is not saved yet: it stays on the form as typed and is saved as soon as the clinic server answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost: retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intake #%1, saved %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same client, same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (born %2) already has %n intake(s) for a visit on %3:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>To change it, open it from the records and amend it. Save a second intake for the same visit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back, do not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer out — emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer out — emergency: tell the client now.
Do not start a massage. Possible emergency: send the client to emergency care now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer out — urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer out — urgent: tell the client now.
Do not start a massage. The client should see a physician today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer out: tell the client before they leave.
Pain may not be muscular. Recommend a physician visit before massage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake %1 is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have told the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amending intake #%1 (now at version %2). Save stores your changes as version %3; New intake (Ctrl+N) leaves it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was recorded on the old form, which could not tell &quot;no&quot; from &quot;not asked&quot;: the screening questions it did not record show as not asked. Ask them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amending intake %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts — Clinic Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to that field or button, or open that menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous field: client, pain, body map, nerve symptoms, muscle findings, screening, precautions, clearance, preference, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down (in Name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into the returning clients found; Enter picks one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys (body map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nearest region in that direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space (body map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark or clear the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys (a row of boxes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next box in that direction; Space ticks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y / N (a question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes / No, and on to the next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left / Right (a question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes / No, staying on the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up / Down (a question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous / next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete or Backspace (a question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (form incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what is still missing and go to the first of it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Trigger point therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep tissue massage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish massage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle sacroiliac work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to a physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic practice for pain that spreads to the hip or leg: trigger point work on the glutes and legs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic practice for long-standing pain: slower, deeper work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A general back and glute massage (clinic practice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic practice for new pain low in the back: gentle work around the sacroiliac joint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a case for massage today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subacute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck and shoulders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sacroiliac joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness or altered feeling between the legs, around the back passage or genitals (saddle area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New difficulty passing urine, loss of bladder or bowel control, or not feeling urine or stool pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New loss of sexual function or feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain, numbness, tingling or weakness in both legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakness in a leg that is getting worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever, chills, night sweats, or feeling generally unwell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weakened immune system (immunosuppressant drugs, chemotherapy, HIV, organ transplant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injects drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has, or has had, cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight loss without trying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant pain at night that rest or changing position does not ease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recent major injury: road accident, fall from a height, sports collision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recent fall from standing height, or a sudden strain such as lifting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put full weight on a leg since a fall or injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calf or leg that is swollen, warm, red or tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest pain or new shortness of breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudden, severe, tearing or ripping pain in the back, chest or belly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain that does not change at all with movement or position (the same at rest as when moving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sudden, unusual or severe headache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dizziness, double vision, trouble speaking or swallowing, drop attacks, or numbness of the face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes blood thinners (anticoagulants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is pregnant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has osteoporosis or fragile bones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has taken steroid tablets (corticosteroids) for three months or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Had surgery in the last three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has ever had a blood clot in a leg (DVT) or the lungs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a rash, wound, infection or other skin condition where it hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has varicose veins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saddle numbness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bladder or bowel change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss of sexual function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms in both legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg weakness getting worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever or feeling unwell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakened immune system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancer, now or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant night pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent major injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent fall or sudden strain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bear weight on a leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swollen, warm or red calf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest pain or breathlessness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudden, severe or tearing pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain unchanged by movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudden or severe headache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dizziness or trouble speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood thinners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Osteoporosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term steroid tablets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surgery in the last three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood clot (DVT) ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin condition where it hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varicose veins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nerve compression (cauda equina)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fracture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood vessels, heart and lungs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain that may not be muscular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck: arteries and nerves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not asked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Shooting pain down the leg (sciatica)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness or tingling in a leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness or tingling in an arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tight hamstrings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tight glutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habitually stands on one leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck and shoulder stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child (under 16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadratus lumborum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erector spinae</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gluteus maximus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gluteus medius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piriformis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper trapezius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levator scapulae</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep moving and carry on with daily activities as far as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A heat pack or warm bath for short-term relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tennis ball against a wall for the glutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foam roller for the back and hamstrings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Clinic Intake is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;Clinic Intake is locked&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and let someone else sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: &lt;b&gt;%1&lt;/b&gt; (%2). Type your password to go on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake form has answers that are not saved yet. They are kept for %1; signing out here discards them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: try again in %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Clinic Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intake form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Clinic Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Clinic Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Clinic Intake %1&lt;/h3&gt;&lt;p&gt;Pre-session consultations and treatment suggestions for massage and physical-therapy clinics. The suggestion is for the therapist to review; it is never a diagnosis.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes saved elsewhere will show when a page is opened again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review queue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake form has answers that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend a reviewed intake?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake #%1 has been reviewed. Amending it stores a new version that goes back to the review queue: a therapist must review it again before the session.

Amend it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records are on the clinic&apos;s server (%1). A backup is restored into the server by whoever looks after it, not from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake form has answers %1 has not saved. Signing out from here discards them.

Sign out and discard the answers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard and sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake form has answers %1 has not saved. Quitting discards them.

Quit and discard the answers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard and quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>%1 again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;ggestion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client name, e.g. &quot;garcia&quot; or &quot;zoe n&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search clients by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All visit dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit dates from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit dates to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of intakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the records from the clinic server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intakes match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of at least %Ln intake(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln intake(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln intake(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(updating from the clinic server…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsTableModel</name>
    <message>
        <source>The records could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be read: another program is using the database. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be read: the database file is damaged (%1). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New or changed since you last looked (here or on another workstation). Selecting the row clears the mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFER OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFER OUT — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer the client to a physician; no massage until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan: some screening questions were not asked. Amend the intake to complete the screening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password for &lt;b&gt;%1&lt;/b&gt;. Their old password stops working and any lockout is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Restoring puts the backup in place of the clinic&apos;s database, &lt;b&gt;%1&lt;/b&gt;. The backup is checked in full first; if anything is wrong with it, nothing is replaced.&lt;/p&gt;&lt;p&gt;The current database is not deleted: it is kept beside it as &lt;b&gt;%2&lt;/b&gt; (with the date and time of the restore). Anything entered since the backup was made is only in that kept copy.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Everyone is signed out.&lt;/b&gt; To go on, sign in with an account of the restored database: its users and passwords are those of the day of the backup.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted backup: type the passphrase it was made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plain backup: no passphrase is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic Intake backups (*.encrypted *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the clinic&apos;s database itself: choose a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is encrypted: type its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the clinic&apos;s database with the backup %1?

The current database is kept as %2 (the time of the restore may differ by a few seconds).

Everyone is signed out, and signs in again with an account of the restored database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewClaim</name>
    <message>
        <source>you on another computer since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being reviewed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and by </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an intake from the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of the intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend this intake on the intake form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the answers on the intake form; saving keeps this version and adds a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;ersion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the intake&apos;s current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the version stored now; the reason, note and choices typed are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake and suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend to &amp;complete the screening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend this intake on the intake form to complete the screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the intake on the intake form with the questions not asked yet; saving adds a new version with a new suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accep&amp;t the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approach to use instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required for an override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or &amp;use approach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pressure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue has changed. It is updated when you finish this review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the queue from the clinic server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1  %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFER OUT — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening incomplete: no plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended since you last looked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New since you last looked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selecting the intake clears this mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This suggestion cannot be accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This suggestion cannot be accepted: it was made before screening questions were asked one by one (%1: %2). Amend the intake to complete the screening, or override with your own plan and reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This suggestion cannot be accepted: the screening is incomplete, so there is no plan (%1: %2). Amend the intake to complete the screening, or override with your own plan and reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screening is incomplete: there is no plan to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake %1: the screening is incomplete; there is no plan to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake %1: choose the approach and pressure to use instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake %1: your review was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost: retrying. The review of intake %1 is not stored yet; it is stored as soon as the clinic server answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost: retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy, try again: the review of intake %1 is not stored; the decision is still on the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake %1: suggestion accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake %1: overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, review stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reviewed intake %2 at %3 (%4) while you had it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store your review as well? Both are kept, each with its name and time. Or discard yours and read theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store mine as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake %1 was amended while you were reviewing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake %1 changed at %2 (version %3, by %4) while you were reviewing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your review was not stored. Reload the intake to review what is stored now; what you typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake %1 reloaded: review the version now shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake %1 changed at %2 (version %3, by %4). Reload to review what is stored now; what you typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reviewed intake %2 at %3 (%4) while you had it open. Saving yours asks whether to store it as well.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningSection</name>
    <message>
        <source>Nerve compression (cauda equina)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fracture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood vessels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain that may not be muscular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask every question. On a question: Y yes, N no, Delete clears (an empty pair means not asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck (asked because the neck is involved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck (answered, although the neck is not involved now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>Clinic server password — Clinic Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s records are on the server:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keyring, never in a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keyring, so Clinic Intake cannot remember the password: it asks for it at every start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Checking the backup and restoring it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s database %1 could not be opened again:
%2

Clinic Intake ends now. Start it again; if the database still does not open, restore a backup with clinic-intake-cli restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with an account of the restored database to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s database %1 was restored from the backup %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored, with a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored.

%1

Nothing was replaced: the clinic&apos;s database is as it was. Sign in again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the clinic&apos;s records are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This c&amp;omputer (a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new file is created when it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.clinic.lan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s certificate authority file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choos&amp;e…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of where the records are takes effect when Clinic Intake starts next. The server password is kept in this computer&apos;s keyring, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without input before the window locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With no typing or mouse use for this long, the window hides the records and asks for the password again; a form in progress is kept. This takes effect at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the certificate and the server&apos;s name (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the certificate only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt, check nothing (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic Intake database (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can change these settings: they decide where the clinic&apos;s records are kept and how soon an unattended window locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK tries the records at the new place at once. The server password is kept in this computer&apos;s keyring, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s records could not be opened, so only where they are can be changed now. The change is recorded in the audit log once the records open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are recorded in the audit log under your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) idle</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the server&apos;s %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s certificate authority file (CA file): without it the server&apos;s certificate cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: a Clinic Intake database (schema %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s keyring could not keep the server password (%1), so Clinic Intake will ask for it when it starts. It is never written to the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus, forms and dates on this computer; it changes at once. Everyone may choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Clinic Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Clinic Intake&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Clinic Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name, and whether Caps Lock is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet (click to answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (rules that fired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rules that fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the evidence behind each rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources the rules file gives for each rule (also shown when you hover a line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) still need attention on the form.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in the client and the pain to see one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click (or press Space) to go to this question on the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the question: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFER OUT — EMERGENCY
Do not start a massage. Possible emergency: send the client to emergency care now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFER OUT — URGENT
Do not start a massage. The client should see a physician today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFER OUT — ROUTINE
Pain may not be muscular. Recommend a physician visit before massage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening incomplete: %1. The urgency may be higher than shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCREENING INCOMPLETE
%1. No plan until every one is answered yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The clearance of %1 is more than %n day(s) old: it clears nothing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clearance of %1: none of its flags was raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared on %1 for: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared by %1 on %2 for: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan is offered until every required question has been answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure: %1 (the client asked for %2: see Why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure: %1 (below the usual %2: see Why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure: none (no massage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A general back massage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⊘ Do not work on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules file names no evidence for this rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users — Clinic Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts are never deleted: disable the account of someone who has left. Their name stays in the audit log and cannot be given to anyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked out until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s), %1 enabled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the account of %1?

%1 can no longer sign in. Their intakes, reviews and audit entries stay. A disabled account cannot be enabled again; add a new account if they come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Clinic Intake desktop application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database file (or postgresql:// server URI, without a password) instead of the one in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
