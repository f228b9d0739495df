<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <source>%Ln entry(s) since %1</source>
        <translation>
            <numerusform>%Ln entry since %1</numerusform>
            <numerusform>%Ln entries since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit chain intact: %Ln entry(s) checked. Newest hash: %1</source>
        <translation>
            <numerusform>Audit chain intact: %Ln entry checked. Newest hash: %1</numerusform>
            <numerusform>Audit chain intact: %Ln entries checked. Newest hash: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit chain intact (%1 checked), but %n problem(s) with the records and accounts it covers.</source>
        <translation>
            <numerusform>Audit chain intact (%1 checked), but %n problem with the records and accounts it covers.</numerusform>
            <numerusform>Audit chain intact (%1 checked), but %n problems with the records and accounts it covers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit chain BROKEN at entry %1 (%Ln entry(s) checked).</source>
        <translation>
            <numerusform>Audit chain BROKEN at entry %1 (%Ln entry checked).</numerusform>
            <numerusform>Audit chain BROKEN at entry %1 (%Ln entries checked).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClearanceEditor</name>
    <message numerus="yes">
        <source>✗ expired: older than %n day(s)</source>
        <translation>
            <numerusform>✗ expired: older than %n day</numerusform>
            <numerusform>✗ expired: older than %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Exporting %Ln record(s)…</source>
        <translation>
            <numerusform>Exporting %Ln record…</numerusform>
            <numerusform>Exporting %Ln records…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln record to %1</numerusform>
            <numerusform>Exported %Ln records to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeDescription</name>
    <message numerus="yes">
        <source>(&lt;b&gt;expired&lt;/b&gt;: more than %n day(s) before the visit)</source>
        <translation>
            <numerusform>(&lt;b&gt;expired&lt;/b&gt;: more than %n day before the visit)</numerusform>
            <numerusform>(&lt;b&gt;expired&lt;/b&gt;: more than %n days before the visit)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeFormPage</name>
    <message numerus="yes">
        <source>%n still to ask</source>
        <translation>
            <numerusform>%n still to ask</numerusform>
            <numerusform>%n still to ask</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n answer(s) need attention.</source>
        <translation>
            <numerusform>Not saved: %n answer needs attention.</numerusform>
            <numerusform>Not saved: %n answers need attention.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (screening incomplete: %n question(s) not asked)</source>
        <translation>
            <numerusform> (screening incomplete: %n question not asked)</numerusform>
            <numerusform> (screening incomplete: %n questions not asked)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (born %2) already has %n intake(s) for a visit on %3:</source>
        <translation>
            <numerusform>%1 (born %2) already has an intake for a visit on %3:</numerusform>
            <numerusform>%1 (born %2) already has %n intakes for a visit on %3:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln week</numerusform>
            <numerusform>%Ln weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not asked</source>
        <translation>
            <numerusform>%n question not asked</numerusform>
            <numerusform>%n questions not asked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message numerus="yes">
        <source>Too many failed attempts: try again in %n seconds.</source>
        <translation>
            <numerusform>Too many failed attempts: try again in %n second.</numerusform>
            <numerusform>Too many failed attempts: try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message numerus="yes">
        <source>Showing %1 of at least %Ln intake(s)</source>
        <translation>
            <numerusform>Showing %1 of at least %Ln intake</numerusform>
            <numerusform>Showing %1 of at least %Ln intakes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln intake(s)</source>
        <translation>
            <numerusform>Showing %1 of %Ln intake</numerusform>
            <numerusform>Showing %1 of %Ln intakes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln intake(s)</source>
        <translation>
            <numerusform>%Ln intake</numerusform>
            <numerusform>%Ln intakes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>%n minute(s) idle</source>
        <translation>
            <numerusform>%n minute idle</numerusform>
            <numerusform>%n minutes idle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message numerus="yes">
        <source>%n answer(s) still need attention on the form.</source>
        <translation>
            <numerusform>%n answer still needs attention on the form.</numerusform>
            <numerusform>%n answers still need attention on the form.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clearance of %1 is more than %n day(s) old: it clears nothing.</source>
        <translation>
            <numerusform>The clearance of %1 is more than %n day old: it clears nothing.</numerusform>
            <numerusform>The clearance of %1 is more than %n days old: it clears nothing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message numerus="yes">
        <source>%Ln account(s), %1 enabled.</source>
        <translation>
            <numerusform>%Ln account, %1 enabled.</numerusform>
            <numerusform>%Ln accounts, %1 enabled.</numerusform>
        </translation>
    </message>
</context>
</TS>
