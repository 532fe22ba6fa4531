<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ClaimPanel</name>
    <message numerus="yes">
        <source>%n independent source(s)</source>
        <translation>
            <numerusform>%n independent source</numerusform>
            <numerusform>%n independent sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteEvidenceDialog</name>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsWizard</name>
    <message numerus="yes">
        <source>Copies written (%n):</source>
        <translation>
            <numerusform>Copy written (%n):</numerusform>
            <numerusform>Copies written (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{date} (in %n day(s))</source>
        <translation>
            <numerusform>{date} (in %n day)</numerusform>
            <numerusform>{date} (in %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListingsPage</name>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergePanel</name>
    <message numerus="yes">
        <source>Merging %n bundle(s)…</source>
        <translation>
            <numerusform>Merging %n bundle…</numerusform>
            <numerusform>Merging %n bundles…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message numerus="yes">
        <source>A passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>A passphrase needs at least %n character.</numerusform>
            <numerusform>A passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OcrPanel</name>
    <message numerus="yes">
        <source>%n item(s) wait for text recognition (OCR), which is not available here ({problem}). They cannot leave the vault until they are read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) wait for text recognition (OCR).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestWizard</name>
    <message numerus="yes">
        <source>%n item(s) may go</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withheld</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation type="unfinished">
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message numerus="yes">
        <source>%n result(s) for “{text}”</source>
        <translation>
            <numerusform>%n result for “{text}”</numerusform>
            <numerusform>%n results for “{text}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message numerus="yes">
        <source>sealed to %n key(s)</source>
        <translation>
            <numerusform>sealed to %n key</numerusform>
            <numerusform>sealed to %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within a week</source>
        <translation>
            <numerusform>%n due within a week</numerusform>
            <numerusform>%n due within a week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report cut-off: {date}, in %n day(s).</source>
        <translation>
            <numerusform>Report cut-off: {date}, in %n day.</numerusform>
            <numerusform>Report cut-off: {date}, in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report cut-off: {date}, passed %n day(s) ago.</source>
        <translation>
            <numerusform>Report cut-off: {date}, passed %n day ago.</numerusform>
            <numerusform>Report cut-off: {date}, passed %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) the methodology does not yet let move up.</source>
        <translation>
            <numerusform>%n claim the methodology does not yet let move up.</numerusform>
            <numerusform>%n claims the methodology does not yet let move up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) attributed to no source or investigation (the newest listed).</source>
        <translation>
            <numerusform>%n item attributed to no source or investigation (the newest listed).</numerusform>
            <numerusform>%n items attributed to no source or investigation (the newest listed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) attributed to no source or investigation.</source>
        <translation>
            <numerusform>%n item attributed to no source or investigation.</numerusform>
            <numerusform>%n items attributed to no source or investigation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed since.</source>
        <translation>
            <numerusform>%n record changed since.</numerusform>
            <numerusform>%n records changed since.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to send.</source>
        <translation>
            <numerusform>%n record to send.</numerusform>
            <numerusform>%n records to send.</numerusform>
        </translation>
    </message>
</context>
</TS>
