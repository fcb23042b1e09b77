<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="62"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="62"/>
        <source>Codings</source>
        <translation>Kodninger</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="68"/>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="77"/>
        <location filename="../main_window.py" line="108"/>
        <source>Tekstur</source>
        <translation>Tekstur</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="91"/>
        <source>&amp;Open…</source>
        <translation>Å&amp;bn…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="92"/>
        <source>Open &amp;demo project</source>
        <translation>Åbn &amp;demoprojekt</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="94"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="95"/>
        <location filename="../main_window.py" line="197"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="96"/>
        <location filename="../main_window.py" line="198"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="97"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="101"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="110"/>
        <source>Open a project to read and code its documents.</source>
        <translation>Åbn et projekt for at læse og kode dets dokumenter.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="111"/>
        <source>Open project…</source>
        <translation>Åbn projekt…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="113"/>
        <source>Open demo project</source>
        <translation>Åbn demoprojekt</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="133"/>
        <source>Tekstur — {name}</source>
        <translation>Tekstur — {name}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="146"/>
        <source>Cannot open project</source>
        <translation>Projektet kan ikke åbnes</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="153"/>
        <source>Tekstur projects (*.tekstur);;All files (*)</source>
        <translation>Tekstur-projekter (*.tekstur);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="154"/>
        <source>Open project</source>
        <translation>Åbn projekt</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="164"/>
        <source>Cannot build the demo project</source>
        <translation>Demoprojektet kan ikke bygges</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="181"/>
        <source>Cannot undo</source>
        <translation>Kan ikke fortryde</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="185"/>
        <source>Cannot redo</source>
        <translation>Kan ikke gentage</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="197"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Fortryd {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="198"/>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Gentag {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="223"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokument</numerusform>
            <numerusform>%n dokumenter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="224"/>
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n kode</numerusform>
            <numerusform>%n koder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="225"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n kodning</numerusform>
            <numerusform>%n kodninger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="226"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="227"/>
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
        <location filename="../launch.py" line="68"/>
        <source>Cannot build the demo project</source>
        <translation>Demoprojektet kan ikke bygges</translation>
    </message>
</context>
</TS>
