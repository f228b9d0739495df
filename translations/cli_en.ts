<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommandLineTool</name>
    <message numerus="yes">
        <source>requires %n question(s) always: %1</source>
        <translation>
            <numerusform>requires %n question always: %1</numerusform>
            <numerusform>requires %n questions always: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>requires %n question(s) when %1: %2</source>
        <translation>
            <numerusform>requires %n question when %1: %2</numerusform>
            <numerusform>requires %n questions when %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a medical clearance holds %n day(s)</source>
        <translation>
            <numerusform>a medical clearance holds %n day</numerusform>
            <numerusform>a medical clearance holds %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: ok, version %2, %n rule(s) (%3), %4 sources, sha256 %5</source>
        <translation>
            <numerusform>%1: ok, version %2, %n rule (%3), %4 sources, sha256 %5</numerusform>
            <numerusform>%1: ok, version %2, %n rules (%3), %4 sources, sha256 %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) in one language only (English and French expected; see the warnings)</source>
        <translation>
            <numerusform>%n text in one language only (English and French expected; see the warnings)</numerusform>
            <numerusform>%n texts in one language only (English and French expected; see the warnings)</numerusform>
        </translation>
    </message>
</context>
</TS>
