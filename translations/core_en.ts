<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditCoverage</name>
    <message numerus="yes">
        <source>and %n more problems with rows the audit log covers</source>
        <translation>
            <numerusform>and %n more problem with rows the audit log covers</numerusform>
            <numerusform>and %n more problems with rows the audit log covers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message numerus="yes">
        <source>and %n more problems; fix the ones above first</source>
        <translation>
            <numerusform>and %n more problem; fix the ones above first</numerusform>
            <numerusform>and %n more problems; fix the ones above first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkflowError</name>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
</context>
</TS>
