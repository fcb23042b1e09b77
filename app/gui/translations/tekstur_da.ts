<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../import_dialog.py" line="39"/>
        <source>Import documents</source>
        <translation>Importér dokumenter</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="42"/>
        <source>Add files…</source>
        <translation>Tilføj filer…</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="44"/>
        <source>Add folder…</source>
        <translation>Tilføj mappe…</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="46"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="53"/>
        <source>Guess from the number of speakers</source>
        <translation>Gæt ud fra antallet af talere</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="55"/>
        <source>Focus group</source>
        <translation>Fokusgruppe</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="56"/>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="57"/>
        <source>Case journal</source>
        <translation>Sagsjournal</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="58"/>
        <source>Field note</source>
        <translation>Feltnote</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="59"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="68"/>
        <source>Kind:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="69"/>
        <source>Attributes from file names:</source>
        <translation>Attributter fra filnavne:</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="74"/>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="78"/>
        <source>Files and folders (folders are searched inside):</source>
        <translation>Filer og mapper (der søges også inde i mapper):</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="129"/>
        <source>Fills: {0}</source>
        <translation>Udfylder: {0}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="133"/>
        <source>&apos;{0}&apos; does not fit the pattern</source>
        <translation>&apos;{0}&apos; passer ikke til mønsteret</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="136"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="139"/>
        <source>Documents ({0});;All files (*)</source>
        <translation>Dokumenter ({0});;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="142"/>
        <source>Add files</source>
        <translation>Tilføj filer</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="146"/>
        <source>Add folder</source>
        <translation>Tilføj mappe</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../import_dialog.py" line="158"/>
        <source>{0} imported, {1} skipped, {2} refused.</source>
        <translation>{0} importeret, {1} sprunget over, {2} afvist.</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="162"/>
        <source>The import was cancelled; what was imported stays.</source>
        <translation>Importen blev annulleret; det, der allerede er importeret, bliver.</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="177"/>
        <source>Import finished</source>
        <translation>Import færdig</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../jobs.py" line="77"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../jobs.py" line="100"/>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="67"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="67"/>
        <source>Codings</source>
        <translation>Kodninger</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="73"/>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="82"/>
        <location filename="../main_window.py" line="117"/>
        <source>Tekstur</source>
        <translation>Tekstur</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="97"/>
        <source>&amp;Open…</source>
        <translation>Å&amp;bn…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="98"/>
        <source>Open &amp;demo project</source>
        <translation>Åbn &amp;demoprojekt</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="100"/>
        <source>&amp;Import documents…</source>
        <translation>&amp;Importér dokumenter…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="101"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="102"/>
        <location filename="../main_window.py" line="243"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="103"/>
        <location filename="../main_window.py" line="244"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="104"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="110"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="119"/>
        <source>Open a project to read and code its documents.</source>
        <translation>Åbn et projekt for at læse og kode dets dokumenter.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="120"/>
        <source>Open project…</source>
        <translation>Åbn projekt…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="122"/>
        <source>Open demo project</source>
        <translation>Åbn demoprojekt</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="142"/>
        <source>Tekstur — {name}</source>
        <translation>Tekstur — {name}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="156"/>
        <source>Cannot open project</source>
        <translation>Projektet kan ikke åbnes</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="163"/>
        <source>Tekstur projects (*.tekstur);;All files (*)</source>
        <translation>Tekstur-projekter (*.tekstur);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="164"/>
        <source>Open project</source>
        <translation>Åbn projekt</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="174"/>
        <source>Cannot build the demo project</source>
        <translation>Demoprojektet kan ikke bygges</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="199"/>
        <source>Import %n document(s)</source>
        <translation>
            <numerusform>Import af %n dokument</numerusform>
            <numerusform>Import af %n dokumenter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="204"/>
        <source>Import failed</source>
        <translation>Importen mislykkedes</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="208"/>
        <source>Importing documents</source>
        <translation>Importerer dokumenter</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="227"/>
        <source>Cannot undo</source>
        <translation>Kan ikke fortryde</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="231"/>
        <source>Cannot redo</source>
        <translation>Kan ikke gentage</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="243"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Fortryd {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="244"/>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Gentag {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="269"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokument</numerusform>
            <numerusform>%n dokumenter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="270"/>
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n kode</numerusform>
            <numerusform>%n koder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="271"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n kodning</numerusform>
            <numerusform>%n kodninger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="272"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="273"/>
        <source>%n coder(s)</source>
        <translation>
            <numerusform>%n koder</numerusform>
            <numerusform>%n kodere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../launch.py" line="74"/>
        <source>Cannot build the demo project</source>
        <translation>Demoprojektet kan ikke bygges</translation>
    </message>
</context>
</TS>
