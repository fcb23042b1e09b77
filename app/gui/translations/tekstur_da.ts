<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>AddCodebookDialog</name>
    <message>
        <location filename="../codebook_dialog.py" line="45"/>
        <source>Add codebook</source>
        <translation>Tilføj kodebog</translation>
    </message>
    <message>
        <location filename="../codebook_dialog.py" line="50"/>
        <source>Codebook</source>
        <translation>Kodebog</translation>
    </message>
    <message>
        <location filename="../codebook_dialog.py" line="50"/>
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../codebook_dialog.py" line="50"/>
        <source>Languages</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../codebook_dialog.py" line="58"/>
        <source>Codes that will be added</source>
        <translation>Koder, der bliver tilføjet</translation>
    </message>
    <message>
        <location filename="../codebook_dialog.py" line="71"/>
        <source>&amp;Add</source>
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <location filename="../codebook_dialog.py" line="73"/>
        <source>From a &amp;file…</source>
        <translation>Fra en &amp;fil…</translation>
    </message>
</context>
<context>
    <name>AddTermDialog</name>
    <message>
        <location filename="../pseudonym_review.py" line="295"/>
        <source>Add term</source>
        <translation>Tilføj udtryk</translation>
    </message>
    <message>
        <location filename="../pseudonym_review.py" line="302"/>
        <source>Suggested when left empty</source>
        <translation>Foreslås, hvis feltet er tomt</translation>
    </message>
    <message>
        <location filename="../pseudonym_review.py" line="304"/>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <location filename="../pseudonym_review.py" line="305"/>
        <source>Category:</source>
        <translation>Kategori:</translation>
    </message>
    <message>
        <location filename="../pseudonym_review.py" line="306"/>
        <source>Replacement:</source>
        <translation>Erstatning:</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <location filename="../query_agreement.py" line="38"/>
        <source>Coder group A:</source>
        <translation>Kodergruppe A:</translation>
    </message>
    <message>
        <location filename="../query_agreement.py" line="39"/>
        <source>Coder group B:</source>
        <translation>Kodergruppe B:</translation>
    </message>
    <message>
        <location filename="../query_agreement.py" line="40"/>
        <source>Codes (none chosen: every code):</source>
        <translation>Koder (ingen valgt: alle koder):</translation>
    </message>
    <message>
        <location filename="../query_agreement.py" line="41"/>
        <source>Documents (none chosen: every document):</source>
        <translation>Dokumenter (ingen valgt: alle dokumenter):</translation>
    </message>
    <message>
        <location filename="../query_agreement.py" line="43"/>
        <source>Characters</source>
        <translation>Tegn</translation>
    </message>
    <message>
        <location filename="../query_agreement.py" line="44"/>
        <source>Sentences</source>
        <translation>Sætninger</translation>
    </message>
    <message>
        <location filename="../query_agreement.py" line="45"/>
        <source>Paragraphs</source>
        <translation>Afsnit</translation>
    </message>
    <message>
        <location filename="../query_agreement.py" line="46"/>
        <source>Count sub-codes with their code</source>
        <translation>Tæl underkoder med under deres kode</translation>
    </message>
    <message>
        <location filename="../query_agreement.py" line="48"/>
        <source>Compare in:</source>
        <translation>Sammenlign i:</translation>
    </message>
    <message>
        <location filename="../query_agreement.py" line="55"/>
        <source>Coders</source>
        <translation>Kodere</translation>
    </message>
    <message>
        <location filename="../query_agreement.py" line="56"/>
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../query_agreement.py" line="57"/>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../query_agreement.py" line="64"/>
        <source>Coding comparison</source>
        <translation>Kodersammenligning</translation>
    </message>
    <message>
        <location filename="../query_agreement.py" line="76"/>
        <source>Choose at least one coder for group {group}.</source>
        <translation>Vælg mindst én koder til gruppe {group}.</translation>
    </message>
    <message>
        <location filename="../query_agreement.py" line="87"/>
        <source>A coder cannot be in both group A and group B.</source>
        <translation>En koder kan ikke være i både gruppe A og gruppe B.</translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <location filename="../annotation_dialog.py" line="130"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../annotation_dialog.py" line="136"/>
        <source>A note on the selected passage</source>
        <translation>En note om det markerede tekststykke</translation>
    </message>
    <message>
        <location filename="../annotation_dialog.py" line="139"/>
        <source>Add annotation</source>
        <translation>Tilføj annotation</translation>
    </message>
    <message>
        <location filename="../annotation_dialog.py" line="165"/>
        <source>Annotations in {document}</source>
        <translation>Annotationer i {document}</translation>
    </message>
    <message>
        <location filename="../annotation_dialog.py" line="167"/>
        <source>Select a passage in the document to annotate it.</source>
        <translation>Markér et tekststykke i dokumentet for at annotere det.</translation>
    </message>
    <message>
        <location filename="../annotation_dialog.py" line="170"/>
        <source>Selected: “{passage}”</source>
        <translation>Markeret: “{passage}”</translation>
    </message>
    <message>
        <location filename="../annotation_dialog.py" line="194"/>
        <source>Annotate “{passage}”</source>
        <translation>Annotation af “{passage}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../annotation_dialog.py" line="205"/>
        <source>Delete %n annotation(s)</source>
        <translation>
            <numerusform>Sletning af %n annotation</numerusform>
            <numerusform>Sletning af %n annotationer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationListModel</name>
    <message>
        <location filename="../annotation_dialog.py" line="88"/>
        <source>Edit annotation on “{passage}”</source>
        <translation>Redigering af annotationen på “{passage}”</translation>
    </message>
    <message>
        <location filename="../annotation_dialog.py" line="97"/>
        <source>Passage</source>
        <translation>Tekststykke</translation>
    </message>
    <message>
        <location filename="../annotation_dialog.py" line="97"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../annotation_dialog.py" line="97"/>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <location filename="../annotation_dialog.py" line="97"/>
        <source>Written</source>
        <translation>Skrevet</translation>
    </message>
</context>
<context>
    <name>AttributeDialog</name>
    <message>
        <location filename="../attribute_dialog.py" line="16"/>
        <source>Add attribute</source>
        <translation>Tilføj attribut</translation>
    </message>
    <message>
        <location filename="../attribute_dialog.py" line="18"/>
        <source>e.g. Rolle, Afdeling, Runde</source>
        <translation>fx Rolle, Afdeling, Runde</translation>
    </message>
    <message>
        <location filename="../attribute_dialog.py" line="23"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../attribute_dialog.py" line="24"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
</context>
<context>
    <name>AttributeImportDialog</name>
    <message>
        <location filename="../attribute_import_dialog.py" line="53"/>
        <location filename="../attribute_import_dialog.py" line="89"/>
        <source>Import case attributes</source>
        <translation>Importér sagsattributter</translation>
    </message>
    <message>
        <location filename="../attribute_import_dialog.py" line="57"/>
        <source>A spreadsheet with one row per case</source>
        <translation>Et regneark med én række pr. sag</translation>
    </message>
    <message>
        <location filename="../attribute_import_dialog.py" line="58"/>
        <source>Choose file…</source>
        <translation>Vælg fil…</translation>
    </message>
    <message>
        <location filename="../attribute_import_dialog.py" line="76"/>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <location filename="../attribute_import_dialog.py" line="88"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Regneark (*.xlsx *.xlsm *.csv *.tsv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../attribute_import_dialog.py" line="113"/>
        <source>Reading {file}…</source>
        <translation>Læser {file}…</translation>
    </message>
    <message>
        <location filename="../attribute_import_dialog.py" line="115"/>
        <location filename="../attribute_import_dialog.py" line="154"/>
        <source>Reading {file}</source>
        <translation>Læser {file}</translation>
    </message>
    <message numerus="yes">
        <location filename="../attribute_import_dialog.py" line="130"/>
        <source>{file}: %n case(s) named in column &apos;{column}&apos;</source>
        <translation>
            <numerusform>{file}: %n sag navngivet i kolonnen &apos;{column}&apos;</numerusform>
            <numerusform>{file}: %n sager navngivet i kolonnen &apos;{column}&apos;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../attribute_import_dialog.py" line="131"/>
        <source>({new} new, {updated} to update).</source>
        <translation>(nye: {new}; opdateres: {updated}).</translation>
    </message>
    <message>
        <location filename="../attribute_import_dialog.py" line="136"/>
        <source>Some columns cannot be imported as they are: see Notes.</source>
        <translation>Nogle kolonner kan ikke importeres, som de er: se Bemærkninger.</translation>
    </message>
    <message>
        <location filename="../attribute_import_dialog.py" line="161"/>
        <source>Import case attributes from {file}</source>
        <translation>Import af sagsattributter fra {file}</translation>
    </message>
</context>
<context>
    <name>AttributeValues</name>
    <message>
        <location filename="../attribute_delegate.py" line="52"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../attribute_delegate.py" line="53"/>
        <source>number</source>
        <translation>tal</translation>
    </message>
    <message>
        <location filename="../attribute_delegate.py" line="54"/>
        <source>date</source>
        <translation>dato</translation>
    </message>
    <message>
        <location filename="../attribute_delegate.py" line="55"/>
        <source>yes/no</source>
        <translation>ja/nej</translation>
    </message>
    <message>
        <location filename="../attribute_delegate.py" line="63"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../attribute_delegate.py" line="65"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../attribute_delegate.py" line="135"/>
        <source>&apos;{value}&apos; is not {type}</source>
        <translation>&apos;{value}&apos; passer ikke til typen {type}</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../auto_backup.py" line="101"/>
        <source>Backup failed: {reason}</source>
        <translation>Sikkerhedskopieringen mislykkedes: {reason}</translation>
    </message>
</context>
<context>
    <name>AutocodeDialog</name>
    <message>
        <location filename="../query_autocode.py" line="33"/>
        <source>Auto-code hits</source>
        <translation>Autokod fund</translation>
    </message>
    <message>
        <location filename="../query_autocode.py" line="40"/>
        <source>Borgerrelationer/Tillid</source>
        <translation>Borgerrelationer/Tillid</translation>
    </message>
    <message>
        <location filename="../query_autocode.py" line="43"/>
        <source>The hit only</source>
        <translation>Kun fundet</translation>
    </message>
    <message>
        <location filename="../query_autocode.py" line="44"/>
        <source>Its sentence</source>
        <translation>Sætningen</translation>
    </message>
    <message>
        <location filename="../query_autocode.py" line="45"/>
        <source>Its paragraph</source>
        <translation>Afsnittet</translation>
    </message>
    <message>
        <location filename="../query_autocode.py" line="46"/>
        <source>Its speaker turn</source>
        <translation>Talerturen</translation>
    </message>
    <message>
        <location filename="../query_autocode.py" line="58"/>
        <source>Code (a new path is created):</source>
        <translation>Kode (en ny sti bliver oprettet):</translation>
    </message>
    <message>
        <location filename="../query_autocode.py" line="59"/>
        <source>Code each hit&apos;s:</source>
        <translation>Kod for hvert fund:</translation>
    </message>
</context>
<context>
    <name>AxisEditor</name>
    <message>
        <location filename="../query_axis.py" line="28"/>
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../query_axis.py" line="29"/>
        <source>Cases</source>
        <translation>Sager</translation>
    </message>
    <message>
        <location filename="../query_axis.py" line="30"/>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../query_axis.py" line="31"/>
        <source>Values of an attribute</source>
        <translation>Værdierne af en attribut</translation>
    </message>
    <message>
        <location filename="../query_axis.py" line="32"/>
        <source>Members of a set</source>
        <translation>Medlemmerne af et sæt</translation>
    </message>
    <message>
        <location filename="../query_axis.py" line="38"/>
        <source>Codes (none chosen: every code):</source>
        <translation>Koder (ingen valgt: alle koder):</translation>
    </message>
    <message>
        <location filename="../query_axis.py" line="39"/>
        <source>Cases (none chosen: every case):</source>
        <translation>Sager (ingen valgt: alle sager):</translation>
    </message>
    <message>
        <location filename="../query_axis.py" line="40"/>
        <source>Documents (none chosen: every document):</source>
        <translation>Dokumenter (ingen valgt: alle dokumenter):</translation>
    </message>
    <message>
        <location filename="../query_axis.py" line="53"/>
        <source>Attribute:</source>
        <translation>Attribut:</translation>
    </message>
    <message>
        <location filename="../query_axis.py" line="55"/>
        <source>Set:</source>
        <translation>Sæt:</translation>
    </message>
    <message>
        <location filename="../query_axis.py" line="94"/>
        <source>an attribute</source>
        <translation>en attribut</translation>
    </message>
    <message>
        <location filename="../query_axis.py" line="94"/>
        <source>a set</source>
        <translation>et sæt</translation>
    </message>
    <message>
        <location filename="../query_axis.py" line="95"/>
        <source>Choose {0} for the matrix.</source>
        <translation>Vælg {0} til matricen.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../backup_dialog.py" line="37"/>
        <location filename="../backup_dialog.py" line="107"/>
        <location filename="../backup_dialog.py" line="141"/>
        <location filename="../backup_dialog.py" line="152"/>
        <source>Restore from backup</source>
        <translation>Gendan fra sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../backup_dialog.py" line="41"/>
        <source>Backups of {file}, newest first. Restoring one replaces the project; what it holds now is backed up first.</source>
        <translation>Sikkerhedskopier af {file}, nyeste først. En gendannelse erstatter projektet; det, projektet indeholder nu, sikkerhedskopieres først.</translation>
    </message>
    <message>
        <location filename="../backup_dialog.py" line="49"/>
        <source>Made</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <location filename="../backup_dialog.py" line="49"/>
        <source>Why</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <location filename="../backup_dialog.py" line="49"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../backup_dialog.py" line="49"/>
        <source>Codings</source>
        <translation>Kodninger</translation>
    </message>
    <message>
        <location filename="../backup_dialog.py" line="65"/>
        <source>There are no backups of this project yet.</source>
        <translation>Der er endnu ingen sikkerhedskopier af dette projekt.</translation>
    </message>
    <message>
        <location filename="../backup_dialog.py" line="68"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Gendan…</translation>
    </message>
    <message>
        <location filename="../backup_dialog.py" line="86"/>
        <source>On opening</source>
        <translation>Ved åbning</translation>
    </message>
    <message>
        <location filename="../backup_dialog.py" line="87"/>
        <source>After changes</source>
        <translation>Efter ændringer</translation>
    </message>
    <message>
        <location filename="../backup_dialog.py" line="88"/>
        <source>By hand</source>
        <translation>Manuelt</translation>
    </message>
    <message>
        <location filename="../backup_dialog.py" line="89"/>
        <source>Before a restore</source>
        <translation>Før en gendannelse</translation>
    </message>
    <message>
        <location filename="../backup_dialog.py" line="92"/>
        <source>Before an upgrade</source>
        <translation>Før en opgradering</translation>
    </message>
    <message>
        <location filename="../backup_dialog.py" line="109"/>
        <source>Replace {file} with the backup made {when}? What it holds now is backed up first.</source>
        <translation>Erstat {file} med sikkerhedskopien fra {when}? Det, projektet indeholder nu, sikkerhedskopieres først.</translation>
    </message>
    <message>
        <location filename="../backup_dialog.py" line="142"/>
        <source>Backups are kept for project files only.</source>
        <translation>Der tages kun sikkerhedskopier af projektfiler.</translation>
    </message>
    <message>
        <location filename="../backup_dialog.py" line="153"/>
        <source>Wait until the running work has finished.</source>
        <translation>Vent, til det igangværende arbejde er færdigt.</translation>
    </message>
    <message>
        <location filename="../backup_dialog.py" line="160"/>
        <source>Restored {file}; what it held before is in {backup}.</source>
        <translation>{file} er gendannet; det, projektet indeholdt før, ligger i {backup}.</translation>
    </message>
    <message>
        <location filename="../backup_dialog.py" line="170"/>
        <source>Cannot restore the backup</source>
        <translation>Sikkerhedskopien kan ikke gendannes</translation>
    </message>
    <message>
        <location filename="../backup_dialog.py" line="176"/>
        <source>Restoring {file}</source>
        <translation>Gendanner {file}</translation>
    </message>
</context>
<context>
    <name>CaseSheetModel</name>
    <message>
        <location filename="../case_sheet_table.py" line="209"/>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <location filename="../case_sheet_table.py" line="211"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../case_sheet_table.py" line="214"/>
        <source>{name} ({type})</source>
        <translation>{name} ({type})</translation>
    </message>
    <message>
        <location filename="../case_sheet_model.py" line="88"/>
        <source>Rename &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>Omdøbning af &apos;{old}&apos; til &apos;{new}&apos;</translation>
    </message>
    <message>
        <location filename="../case_sheet_model.py" line="90"/>
        <source>Clear {attribute} of {owner}</source>
        <translation>Rydning af {attribute} for {owner}</translation>
    </message>
    <message>
        <location filename="../case_sheet_model.py" line="93"/>
        <source>Set {attribute} of {owner} to {value}</source>
        <translation>Ændring af {attribute} for {owner} til {value}</translation>
    </message>
    <message numerus="yes">
        <location filename="../case_sheet_model.py" line="110"/>
        <source>Clear %n value(s)</source>
        <translation>
            <numerusform>Rydning af %n værdi</numerusform>
            <numerusform>Rydning af %n værdier</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../case_sheet_model.py" line="116"/>
        <source>Add case &apos;{name}&apos;</source>
        <translation>Tilføjelse af sagen &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../case_sheet_model.py" line="124"/>
        <source>Add attribute &apos;{name}&apos; ({type})</source>
        <translation>Tilføjelse af attributten &apos;{name}&apos; ({type})</translation>
    </message>
    <message>
        <location filename="../case_sheet_model.py" line="137"/>
        <source>Rename attribute &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>Omdøbning af attributten &apos;{old}&apos; til &apos;{new}&apos;</translation>
    </message>
    <message>
        <location filename="../case_sheet_model.py" line="147"/>
        <source>Delete attribute &apos;{name}&apos;</source>
        <translation>Sletning af attributten &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../case_sheet_model.py" line="157"/>
        <source>Delete case &apos;{name}&apos;</source>
        <translation>Sletning af sagen &apos;{name}&apos;</translation>
    </message>
    <message numerus="yes">
        <location filename="../case_sheet_model.py" line="159"/>
        <source>Delete %n case(s)</source>
        <translation>
            <numerusform>Sletning af %n sag</numerusform>
            <numerusform>Sletning af %n sager</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sheet_clipboard.py" line="99"/>
        <source>The pasted cells reach past the last column.</source>
        <translation>De indsatte celler går ud over den sidste kolonne.</translation>
    </message>
    <message>
        <location filename="../sheet_clipboard.py" line="116"/>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <location filename="../sheet_clipboard.py" line="121"/>
        <source>Row {row}, {column}: {error}</source>
        <translation>Række {row}, {column}: {error}</translation>
    </message>
    <message>
        <location filename="../sheet_clipboard.py" line="136"/>
        <source>Row {row}: a name cannot be empty</source>
        <translation>Række {row}: et navn kan ikke være tomt</translation>
    </message>
    <message>
        <location filename="../sheet_clipboard.py" line="144"/>
        <source>The pasted cells reach past the last document.</source>
        <translation>De indsatte celler går ud over det sidste dokument.</translation>
    </message>
    <message>
        <location filename="../sheet_clipboard.py" line="153"/>
        <source>Row {row}: a new case needs a name in the first column</source>
        <translation>Række {row}: en ny sag skal have et navn i første kolonne</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <location filename="../query_chart.py" line="54"/>
        <source>Bars</source>
        <translation>Søjler</translation>
    </message>
    <message>
        <location filename="../query_chart.py" line="55"/>
        <source>Stacked bars</source>
        <translation>Stablede søjler</translation>
    </message>
    <message>
        <location filename="../query_chart.py" line="56"/>
        <source>Heatmap</source>
        <translation>Varmekort</translation>
    </message>
    <message>
        <location filename="../query_chart.py" line="57"/>
        <source>Word cloud</source>
        <translation>Ordsky</translation>
    </message>
    <message>
        <location filename="../query_chart.py" line="60"/>
        <source>Save chart…</source>
        <translation>Gem diagram…</translation>
    </message>
    <message>
        <location filename="../query_chart.py" line="63"/>
        <source>Chart:</source>
        <translation>Diagram:</translation>
    </message>
    <message>
        <location filename="../query_chart.py" line="121"/>
        <source>Drawing the chart</source>
        <translation>Tegner diagrammet</translation>
    </message>
    <message>
        <location filename="../query_chart.py" line="196"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-billede (*.png);;SVG-tegning (*.svg)</translation>
    </message>
    <message>
        <location filename="../query_chart.py" line="197"/>
        <source>Save chart</source>
        <translation>Gem diagram</translation>
    </message>
    <message>
        <location filename="../query_chart.py" line="206"/>
        <source>Cannot save the chart</source>
        <translation>Diagrammet kan ikke gemmes</translation>
    </message>
</context>
<context>
    <name>ClassificationSheet</name>
    <message>
        <location filename="../classification_sheet.py" line="66"/>
        <source>Add case…</source>
        <translation>Tilføj sag…</translation>
    </message>
    <message>
        <location filename="../classification_sheet.py" line="67"/>
        <source>Add attribute…</source>
        <translation>Tilføj attribut…</translation>
    </message>
    <message>
        <location filename="../classification_sheet.py" line="68"/>
        <source>Rename…</source>
        <translation>Omdøb…</translation>
    </message>
    <message>
        <location filename="../classification_sheet.py" line="69"/>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <location filename="../classification_sheet.py" line="71"/>
        <source>Link speakers…</source>
        <translation>Tilknyt talere…</translation>
    </message>
    <message>
        <location filename="../classification_sheet.py" line="72"/>
        <source>Import attributes…</source>
        <translation>Importér attributter…</translation>
    </message>
    <message>
        <location filename="../classification_sheet.py" line="73"/>
        <source>Import journals…</source>
        <translation>Importér journaler…</translation>
    </message>
    <message>
        <location filename="../classification_sheet.py" line="75"/>
        <source>Document attributes</source>
        <translation>Dokumentattributter</translation>
    </message>
    <message>
        <location filename="../classification_sheet.py" line="78"/>
        <source>Show documents and their attributes instead of cases</source>
        <translation>Vis dokumenter og deres attributter i stedet for sager</translation>
    </message>
    <message>
        <location filename="../classification_sheet.py" line="80"/>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <location filename="../classification_sheet.py" line="82"/>
        <source>Paste</source>
        <translation>Indsæt</translation>
    </message>
    <message>
        <location filename="../classification_sheet.py" line="84"/>
        <source>Clear</source>
        <translation>Ryd</translation>
    </message>
    <message>
        <location filename="../classification_sheet.py" line="173"/>
        <source>Cannot paste</source>
        <translation>Kan ikke indsætte</translation>
    </message>
    <message numerus="yes">
        <location filename="../classification_sheet.py" line="177"/>
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Indsættelse af %n celle</numerusform>
            <numerusform>Indsættelse af %n celler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../classification_sheet.py" line="188"/>
        <source>Add case</source>
        <translation>Tilføj sag</translation>
    </message>
    <message>
        <location filename="../classification_sheet.py" line="188"/>
        <location filename="../classification_sheet.py" line="218"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../classification_sheet.py" line="218"/>
        <source>Rename attribute</source>
        <translation>Omdøb attribut</translation>
    </message>
    <message numerus="yes">
        <location filename="../classification_sheet.py" line="232"/>
        <source>Delete the attribute &apos;{name}&apos; and its %n value(s)?</source>
        <translation>
            <numerusform>Slet attributten &apos;{name}&apos; og dens %n værdi?</numerusform>
            <numerusform>Slet attributten &apos;{name}&apos; og dens %n værdier?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../classification_sheet.py" line="241"/>
        <source>Delete %n case(s)? {values} attribute value(s) and {memos} memo(s) go with them; {documents} document(s) and {turns} speaker turn(s) are unlinked.</source>
        <translation>
            <numerusform>Slet %n sag? {values} attributværdi(er) og {memos} memo(er) slettes sammen med den; {documents} dokument(er) og {turns} talertur(e) kobles fra.</numerusform>
            <numerusform>Slet %n sager? {values} attributværdi(er) og {memos} memo(er) slettes sammen med dem; {documents} dokument(er) og {turns} talertur(e) kobles fra.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../classification_sheet.py" line="256"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../classification_sheet.py" line="256"/>
        <source>You can undo this.</source>
        <translation>Du kan fortryde det.</translation>
    </message>
</context>
<context>
    <name>CodeEdits</name>
    <message numerus="yes">
        <location filename="../code_edits.py" line="184"/>
        <source>%n sub-code(s)</source>
        <translation>
            <numerusform>%n underkode</numerusform>
            <numerusform>%n underkoder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../code_edits.py" line="185"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n kodning</numerusform>
            <numerusform>%n kodninger</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodePanel</name>
    <message>
        <location filename="../code_panel.py" line="63"/>
        <source>Filter codes</source>
        <translation>Filtrér koder</translation>
    </message>
    <message>
        <location filename="../code_panel.py" line="86"/>
        <source>&amp;New code…</source>
        <translation>&amp;Ny kode…</translation>
    </message>
    <message>
        <location filename="../code_panel.py" line="88"/>
        <source>New &amp;sub-code…</source>
        <translation>Ny &amp;underkode…</translation>
    </message>
    <message>
        <location filename="../code_panel.py" line="90"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Omdøb…</translation>
    </message>
    <message>
        <location filename="../code_panel.py" line="91"/>
        <source>&amp;Colour…</source>
        <translation>&amp;Farve…</translation>
    </message>
    <message>
        <location filename="../code_panel.py" line="93"/>
        <source>Edit &amp;description…</source>
        <translation>Rediger &amp;beskrivelse…</translation>
    </message>
    <message>
        <location filename="../code_panel.py" line="95"/>
        <source>&amp;Merge into…</source>
        <translation>F&amp;let ind i…</translation>
    </message>
    <message>
        <location filename="../code_panel.py" line="96"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <location filename="../code_panel.py" line="97"/>
        <source>M&amp;emo…</source>
        <translation>M&amp;emo…</translation>
    </message>
    <message>
        <location filename="../code_edits.py" line="39"/>
        <source>New code &apos;{code}&apos;</source>
        <translation>Ny kode &apos;{code}&apos;</translation>
    </message>
    <message>
        <location filename="../code_edits.py" line="49"/>
        <source>Rename code &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>Omdøbning af koden &apos;{old}&apos; til &apos;{new}&apos;</translation>
    </message>
    <message>
        <location filename="../code_edits.py" line="58"/>
        <source>Colour of code &apos;{code}&apos;</source>
        <translation>Farve på koden &apos;{code}&apos;</translation>
    </message>
    <message>
        <location filename="../code_edits.py" line="65"/>
        <source>Description of code &apos;{code}&apos;</source>
        <translation>Beskrivelse af koden &apos;{code}&apos;</translation>
    </message>
    <message>
        <location filename="../code_edits.py" line="72"/>
        <source>Delete code &apos;{code}&apos;</source>
        <translation>Sletning af koden &apos;{code}&apos;</translation>
    </message>
    <message>
        <location filename="../code_edits.py" line="82"/>
        <source>Merge code &apos;{source}&apos; into &apos;{target}&apos;</source>
        <translation>Fletning af koden &apos;{source}&apos; ind i &apos;{target}&apos;</translation>
    </message>
    <message>
        <location filename="../code_edits.py" line="116"/>
        <source>Name of the new code:</source>
        <translation>Navn på den nye kode:</translation>
    </message>
    <message>
        <location filename="../code_edits.py" line="118"/>
        <source>Name of the new code under &apos;{code}&apos;:</source>
        <translation>Navn på den nye kode under &apos;{code}&apos;:</translation>
    </message>
    <message>
        <location filename="../code_edits.py" line="123"/>
        <source>New code</source>
        <translation>Ny kode</translation>
    </message>
    <message>
        <location filename="../code_edits.py" line="136"/>
        <source>Rename code</source>
        <translation>Omdøb kode</translation>
    </message>
    <message>
        <location filename="../code_edits.py" line="137"/>
        <source>New name:</source>
        <translation>Nyt navn:</translation>
    </message>
    <message>
        <location filename="../code_edits.py" line="149"/>
        <source>Colour of &apos;{code}&apos;</source>
        <translation>Farve på &apos;{code}&apos;</translation>
    </message>
    <message>
        <location filename="../code_edits.py" line="164"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../code_edits.py" line="165"/>
        <source>Definition, when to use it and when not, an example:</source>
        <translation>Definition, hvornår koden skal bruges og ikke bruges, et eksempel:</translation>
    </message>
    <message>
        <location filename="../code_edits.py" line="179"/>
        <source>Delete the code &apos;{code}&apos; with {subcodes} and {codings}? Undo brings them back.</source>
        <translation>Slet koden &apos;{code}&apos; med {subcodes} og {codings}? Fortryd bringer dem tilbage.</translation>
    </message>
    <message>
        <location filename="../code_edits.py" line="188"/>
        <source>Delete code</source>
        <translation>Slet kode</translation>
    </message>
    <message>
        <location filename="../code_edits.py" line="205"/>
        <source>Merge &apos;{code}&apos; and its codings into:</source>
        <translation>Flet &apos;{code}&apos; og dens kodninger ind i:</translation>
    </message>
    <message>
        <location filename="../code_edits.py" line="210"/>
        <source>Merge code</source>
        <translation>Flet kode</translation>
    </message>
</context>
<context>
    <name>CodeTreeModel</name>
    <message>
        <location filename="../code_tree.py" line="219"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../code_tree.py" line="220"/>
        <source>References</source>
        <translation>Referencer</translation>
    </message>
    <message>
        <location filename="../code_tree.py" line="221"/>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../code_model.py" line="103"/>
        <source>Move code &apos;{code}&apos;</source>
        <translation>Flytning af koden &apos;{code}&apos;</translation>
    </message>
    <message>
        <location filename="../code_model.py" line="133"/>
        <source>Code &apos;{code}&apos; in {document}</source>
        <translation>Kodning med &apos;{code}&apos; i {document}</translation>
    </message>
</context>
<context>
    <name>CodebookDialog</name>
    <message>
        <location filename="../codebook_dialog.py" line="144"/>
        <source>Codebooks ({patterns});;All files (*)</source>
        <translation>Kodebøger ({patterns});;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../codebook_dialog.py" line="148"/>
        <source>Codebook file</source>
        <translation>Kodebogsfil</translation>
    </message>
    <message>
        <location filename="../codebook_dialog.py" line="157"/>
        <source>Cannot read the codebook</source>
        <translation>Kodebogen kan ikke læses</translation>
    </message>
    <message>
        <location filename="../codebook_dialog.py" line="166"/>
        <source>Add codebook &apos;{name}&apos;</source>
        <translation>Tilføjelse af kodebogen &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../codebook_dialog.py" line="173"/>
        <source>Codebook added</source>
        <translation>Kodebogen er tilføjet</translation>
    </message>
    <message>
        <location filename="../codebook_dialog.py" line="174"/>
        <source>&apos;{name}&apos;: {created} new code(s), {merged} already in the project.</source>
        <translation>&apos;{name}&apos;: nye koder: {created}; allerede i projektet: {merged}.</translation>
    </message>
    <message>
        <location filename="../codebook_export_dialog.py" line="81"/>
        <source>REFI-QDA codebook (.qdc)</source>
        <translation>REFI-QDA-kodebog (.qdc)</translation>
    </message>
    <message>
        <location filename="../codebook_export_dialog.py" line="82"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-projektmappe (.xlsx)</translation>
    </message>
    <message>
        <location filename="../codebook_export_dialog.py" line="83"/>
        <source>Word document (.docx)</source>
        <translation>Word-dokument (.docx)</translation>
    </message>
    <message>
        <location filename="../codebook_export_dialog.py" line="97"/>
        <source>Export codebook</source>
        <translation>Eksportér kodebog</translation>
    </message>
    <message>
        <location filename="../codebook_export_dialog.py" line="109"/>
        <source>Reading the codes</source>
        <translation>Læser koderne</translation>
    </message>
    <message>
        <location filename="../codebook_export_dialog.py" line="113"/>
        <source>The project holds no codes to export.</source>
        <translation>Projektet har ingen koder at eksportere.</translation>
    </message>
    <message>
        <location filename="../codebook_export_dialog.py" line="121"/>
        <source>Exported the codebook to {files}</source>
        <translation>Kodebogen er eksporteret til {files}</translation>
    </message>
    <message>
        <location filename="../codebook_export_dialog.py" line="128"/>
        <source>Codebook exported</source>
        <translation>Kodebogen er eksporteret</translation>
    </message>
    <message>
        <location filename="../codebook_export_dialog.py" line="135"/>
        <source>Cannot export the codebook</source>
        <translation>Kodebogen kan ikke eksporteres</translation>
    </message>
    <message>
        <location filename="../codebook_export_dialog.py" line="140"/>
        <source>Exporting the codebook</source>
        <translation>Eksporterer kodebogen</translation>
    </message>
</context>
<context>
    <name>CodedSegmentsPanel</name>
    <message>
        <location filename="../query_coding_panels.py" line="138"/>
        <source>Codes (none chosen: every code):</source>
        <translation>Koder (ingen valgt: alle koder):</translation>
    </message>
    <message>
        <location filename="../query_coding_panels.py" line="139"/>
        <source>With the passages of sub-codes</source>
        <translation>Med underkodernes tekststykker</translation>
    </message>
    <message>
        <location filename="../query_coding_panels.py" line="143"/>
        <source> characters</source>
        <translation> tegn</translation>
    </message>
    <message>
        <location filename="../query_coding_panels.py" line="146"/>
        <source>Context on each side:</source>
        <translation>Kontekst på hver side:</translation>
    </message>
    <message>
        <location filename="../query_coding_panels.py" line="155"/>
        <source>Coded segments</source>
        <translation>Kodede segmenter</translation>
    </message>
    <message>
        <location filename="../query_coding_panels.py" line="196"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../query_coding_panels.py" line="197"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../query_coding_panels.py" line="198"/>
        <source>Speaker</source>
        <translation>Taler</translation>
    </message>
    <message>
        <location filename="../query_coding_panels.py" line="199"/>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <location filename="../query_coding_panels.py" line="200"/>
        <source>Coder</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../query_coding_panels.py" line="201"/>
        <source>Passage</source>
        <translation>Tekststykke</translation>
    </message>
</context>
<context>
    <name>CoderFilterButton</name>
    <message>
        <location filename="../coder_filter_button.py" line="30"/>
        <source>Show the codings of these coders only</source>
        <translation>Vis kun disse koderes kodninger</translation>
    </message>
    <message>
        <location filename="../coder_filter_button.py" line="60"/>
        <source>All coders</source>
        <translation>Alle kodere</translation>
    </message>
    <message>
        <location filename="../coder_filter_button.py" line="70"/>
        <source>Only</source>
        <translation>Kun</translation>
    </message>
    <message>
        <location filename="../coder_filter_button.py" line="101"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../coder_filter_button.py" line="105"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../coder_filter_button.py" line="110"/>
        <source>{shown} of {total}</source>
        <translation>{shown} af {total}</translation>
    </message>
    <message>
        <location filename="../coder_filter_button.py" line="113"/>
        <source>Coders: {which}</source>
        <translation>Kodere: {which}</translation>
    </message>
</context>
<context>
    <name>CoderNameDialog</name>
    <message>
        <location filename="../coder_identity.py" line="40"/>
        <source>Who is coding?</source>
        <translation>Hvem koder?</translation>
    </message>
    <message>
        <location filename="../coder_identity.py" line="43"/>
        <source>Your codings are signed with this name, so that Tekstur can tell coders apart and measure how well they agree.</source>
        <translation>Dine kodninger mærkes med dette navn, så Tekstur kan skelne koderne fra hinanden og måle, hvor enige de er.</translation>
    </message>
    <message>
        <location filename="../coder_identity.py" line="51"/>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
</context>
<context>
    <name>CodingActions</name>
    <message>
        <location filename="../coding_actions.py" line="69"/>
        <source>Code with the &amp;current code</source>
        <translation>Kod med den &amp;aktuelle kode</translation>
    </message>
    <message>
        <location filename="../coding_actions.py" line="71"/>
        <source>&amp;Quick code…</source>
        <translation>&amp;Hurtigkodning…</translation>
    </message>
    <message>
        <location filename="../coding_actions.py" line="72"/>
        <source>Code in &amp;vivo</source>
        <translation>Kod in &amp;vivo</translation>
    </message>
    <message>
        <location filename="../coding_actions.py" line="73"/>
        <source>&amp;Remove coding</source>
        <translation>&amp;Fjern kodning</translation>
    </message>
    <message>
        <location filename="../coding_actions.py" line="75"/>
        <source>&amp;Extend coding to selection</source>
        <translation>&amp;Udvid kodningen til markeringen</translation>
    </message>
    <message>
        <location filename="../coding_actions.py" line="78"/>
        <source>&amp;Shrink coding to selection</source>
        <translation>&amp;Indskrænk kodningen til markeringen</translation>
    </message>
    <message>
        <location filename="../coding_actions.py" line="82"/>
        <source>Code speaker &amp;turn</source>
        <translation>Kod &amp;talertur</translation>
    </message>
    <message>
        <location filename="../coding_actions.py" line="84"/>
        <source>Code &amp;paragraph</source>
        <translation>Kod af&amp;snit</translation>
    </message>
    <message>
        <location filename="../coding_actions.py" line="87"/>
        <source>&amp;Next coding</source>
        <translation>&amp;Næste kodning</translation>
    </message>
    <message>
        <location filename="../coding_actions.py" line="90"/>
        <source>Pre&amp;vious coding</source>
        <translation>F&amp;orrige kodning</translation>
    </message>
    <message>
        <location filename="../coding_actions.py" line="105"/>
        <location filename="../coding_actions.py" line="155"/>
        <source>Recent code {number}</source>
        <translation>Seneste kode {number}</translation>
    </message>
    <message>
        <location filename="../coding_actions.py" line="176"/>
        <source>Select the text to code first.</source>
        <translation>Markér først den tekst, der skal kodes.</translation>
    </message>
    <message>
        <location filename="../coding_actions.py" line="180"/>
        <source>Choose a code first (in the code list or with a number key).</source>
        <translation>Vælg først en kode (i kodelisten eller med en taltast).</translation>
    </message>
    <message>
        <location filename="../coding_actions.py" line="183"/>
        <source>&apos;{code}&apos; only groups codes; choose one of its codes.</source>
        <translation>&apos;{code}&apos; grupperer kun koder; vælg en af dens koder.</translation>
    </message>
    <message>
        <location filename="../code_model.py" line="127"/>
        <location filename="../coding_actions.py" line="193"/>
        <source>This passage is already coded with &apos;{code}&apos;.</source>
        <translation>Dette tekststykke er allerede kodet med &apos;{code}&apos;.</translation>
    </message>
    <message>
        <location filename="../coding_actions.py" line="199"/>
        <source>Code &apos;{code}&apos; in {document}</source>
        <translation>Kodning med &apos;{code}&apos; i {document}</translation>
    </message>
    <message>
        <location filename="../coding_actions.py" line="229"/>
        <source>The cursor is not in a speaker turn.</source>
        <translation>Markøren står ikke i en talertur.</translation>
    </message>
    <message>
        <location filename="../coding_actions.py" line="242"/>
        <source>The cursor is on an empty line.</source>
        <translation>Markøren står på en tom linje.</translation>
    </message>
    <message>
        <location filename="../coding_changes.py" line="28"/>
        <source>Remove coding &apos;{code}&apos; from {document}</source>
        <translation>Fjernelse af kodningen &apos;{code}&apos; fra {document}</translation>
    </message>
    <message>
        <location filename="../coding_changes.py" line="43"/>
        <source>There is no coding at the cursor.</source>
        <translation>Der er ingen kodning ved markøren.</translation>
    </message>
    <message>
        <location filename="../coding_changes.py" line="66"/>
        <source>{code} (coder: {coder})</source>
        <translation>{code} (kodet af {coder})</translation>
    </message>
    <message>
        <location filename="../coding_changes.py" line="76"/>
        <source>Select the text to fit the coding to first.</source>
        <translation>Markér først den tekst, kodningen skal tilpasses til.</translation>
    </message>
    <message>
        <location filename="../coding_changes.py" line="89"/>
        <source>The selection does not touch a coding.</source>
        <translation>Markeringen rører ikke nogen kodning.</translation>
    </message>
    <message>
        <location filename="../coding_changes.py" line="94"/>
        <source>Extend coding &apos;{code}&apos; in {document}</source>
        <translation>Udvidelse af kodningen &apos;{code}&apos; i {document}</translation>
    </message>
    <message>
        <location filename="../coding_changes.py" line="99"/>
        <source>Shrink coding &apos;{code}&apos; in {document}</source>
        <translation>Indskrænkning af kodningen &apos;{code}&apos; i {document}</translation>
    </message>
    <message>
        <location filename="../coding_changes.py" line="104"/>
        <source>The coding already fits the selection.</source>
        <translation>Kodningen passer allerede til markeringen.</translation>
    </message>
    <message>
        <location filename="../coding_changes.py" line="135"/>
        <source>Remove coding</source>
        <translation>Fjern kodning</translation>
    </message>
    <message>
        <location filename="../coding_changes.py" line="136"/>
        <source>Select coding</source>
        <translation>Markér kodning</translation>
    </message>
    <message>
        <location filename="../coding_changes.py" line="144"/>
        <source>Show coders</source>
        <translation>Vis kodere</translation>
    </message>
</context>
<context>
    <name>CodingStripes</name>
    <message>
        <location filename="../coding_stripes.py" line="184"/>
        <source>{code} (coder: {coder})</source>
        <translation>{code} (kodet af {coder})</translation>
    </message>
</context>
<context>
    <name>CodingsAtModel</name>
    <message>
        <location filename="../detail_panel.py" line="78"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../detail_panel.py" line="78"/>
        <source>Coder</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../detail_panel.py" line="78"/>
        <source>Span</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../detail_panel.py" line="78"/>
        <source>Passage</source>
        <translation>Tekststykke</translation>
    </message>
</context>
<context>
    <name>ColumnPreviewModel</name>
    <message>
        <location filename="../attribute_preview_model.py" line="103"/>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <location filename="../attribute_preview_model.py" line="104"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../attribute_preview_model.py" line="105"/>
        <source>Values</source>
        <translation>Værdier</translation>
    </message>
    <message>
        <location filename="../attribute_preview_model.py" line="106"/>
        <source>Empty</source>
        <translation>Tomme</translation>
    </message>
    <message>
        <location filename="../attribute_preview_model.py" line="107"/>
        <source>Examples</source>
        <translation>Eksempler</translation>
    </message>
    <message>
        <location filename="../attribute_preview_model.py" line="108"/>
        <source>Notes</source>
        <translation>Bemærkninger</translation>
    </message>
</context>
<context>
    <name>ComparisonChoices</name>
    <message>
        <location filename="../comparison_controls.py" line="52"/>
        <source>Coders A</source>
        <translation>Kodere A</translation>
    </message>
    <message>
        <location filename="../comparison_controls.py" line="53"/>
        <source>Coders B</source>
        <translation>Kodere B</translation>
    </message>
    <message>
        <location filename="../comparison_controls.py" line="63"/>
        <source>Only rows someone coded</source>
        <translation>Kun rækker, som nogen har kodet</translation>
    </message>
    <message>
        <location filename="../comparison_controls.py" line="65"/>
        <source>&amp;Compare</source>
        <translation>&amp;Sammenlign</translation>
    </message>
    <message>
        <location filename="../comparison_controls.py" line="72"/>
        <source>Code:</source>
        <translation>Kode:</translation>
    </message>
    <message>
        <location filename="../comparison_controls.py" line="83"/>
        <source>All codes</source>
        <translation>Alle koder</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../comparison_model.py" line="98"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../comparison_model.py" line="99"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../comparison_model.py" line="100"/>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <location filename="../comparison_model.py" line="101"/>
        <source>Agreement (%)</source>
        <translation>Enighed (%)</translation>
    </message>
    <message>
        <location filename="../comparison_model.py" line="102"/>
        <location filename="../comparison_model.py" line="103"/>
        <source>Only {coder} (%)</source>
        <translation>Kun {coder} (%)</translation>
    </message>
    <message>
        <location filename="../comparison_model.py" line="121"/>
        <source>{size} characters: {a} coded {count_a}, {b} coded {count_b}, both {both}</source>
        <translation>{size} tegn: {a} kodede {count_a}, {b} kodede {count_b}, begge {both}</translation>
    </message>
    <message>
        <location filename="../comparison_model.py" line="138"/>
        <source>Overall</source>
        <translation>Samlet</translation>
    </message>
    <message>
        <location filename="../comparison_model.py" line="143"/>
        <source>All documents</source>
        <translation>Alle dokumenter</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../comparison_consensus.py" line="24"/>
        <source>Merge {a}&apos;s and {b}&apos;s coding of &apos;{code}&apos; in {document}</source>
        <translation>Fletning af kodningerne med &apos;{code}&apos; i {document} fra {a} og {b}</translation>
    </message>
    <message>
        <location filename="../comparison_consensus.py" line="28"/>
        <source>Accept {coder}&apos;s coding of &apos;{code}&apos; in {document}</source>
        <translation>Accept af kodningen med &apos;{code}&apos; i {document} fra {coder}</translation>
    </message>
    <message>
        <location filename="../comparison_consensus.py" line="48"/>
        <source>with {coder} on {agreement} % (kappa {kappa})</source>
        <translation>med {coder} i {agreement} % (kappa {kappa})</translation>
    </message>
    <message>
        <location filename="../comparison_consensus.py" line="56"/>
        <source>{consensus} agrees {parts}</source>
        <translation>{consensus} er enig {parts}</translation>
    </message>
    <message>
        <location filename="../comparison_consensus.py" line="58"/>
        <source> and </source>
        <translation> og </translation>
    </message>
    <message>
        <location filename="../comparison_view.py" line="168"/>
        <location filename="../comparison_view.py" line="285"/>
        <source>Compare coders</source>
        <translation>Sammenlign kodere</translation>
    </message>
    <message>
        <location filename="../comparison_view.py" line="169"/>
        <source>Choose at least one coder for A and one for B, none of them in both.</source>
        <translation>Vælg mindst én koder til A og én til B, og ingen i begge.</translation>
    </message>
    <message>
        <location filename="../comparison_view.py" line="179"/>
        <source>Comparing coders</source>
        <translation>Sammenligner kodere</translation>
    </message>
    <message>
        <location filename="../comparison_view.py" line="186"/>
        <source>Cannot compare coders</source>
        <translation>Koderne kan ikke sammenlignes</translation>
    </message>
    <message>
        <location filename="../comparison_view.py" line="286"/>
        <source>The consensus coder must be someone other than the coders compared.</source>
        <translation>Konsensuskoderen skal være en anden end de kodere, der sammenlignes.</translation>
    </message>
</context>
<context>
    <name>ComparisonWindow</name>
    <message>
        <location filename="../comparison_window.py" line="27"/>
        <source>Compare coders</source>
        <translation>Kodersammenligning</translation>
    </message>
</context>
<context>
    <name>ConsensusBar</name>
    <message>
        <location filename="../comparison_controls.py" line="144"/>
        <source>Selected disagreement</source>
        <translation>Valgt uenighed</translation>
    </message>
    <message>
        <location filename="../comparison_controls.py" line="145"/>
        <source>Whole document</source>
        <translation>Hele dokumentet</translation>
    </message>
    <message>
        <location filename="../comparison_controls.py" line="146"/>
        <source>◂ Previous</source>
        <translation>◂ Forrige</translation>
    </message>
    <message>
        <location filename="../comparison_controls.py" line="147"/>
        <source>Next ▸</source>
        <translation>Næste ▸</translation>
    </message>
    <message>
        <location filename="../comparison_controls.py" line="148"/>
        <source>Previous disagreement (Shift+F8)</source>
        <translation>Forrige uenighed (Shift+F8)</translation>
    </message>
    <message>
        <location filename="../comparison_controls.py" line="149"/>
        <source>Next disagreement (F8)</source>
        <translation>Næste uenighed (F8)</translation>
    </message>
    <message>
        <location filename="../comparison_controls.py" line="153"/>
        <source>&amp;Merge</source>
        <translation>&amp;Flet</translation>
    </message>
    <message>
        <location filename="../comparison_controls.py" line="154"/>
        <source>Code what either group coded (the union)</source>
        <translation>Kod det, som mindst én af grupperne har kodet (foreningsmængden)</translation>
    </message>
    <message>
        <location filename="../comparison_controls.py" line="158"/>
        <source>Consensus c&amp;oder:</source>
        <translation>Konsensus&amp;koder:</translation>
    </message>
    <message>
        <location filename="../comparison_controls.py" line="175"/>
        <location filename="../comparison_controls.py" line="176"/>
        <source>Accept {coder}</source>
        <translation>Acceptér {coder}</translation>
    </message>
</context>
<context>
    <name>CooccurrencePanel</name>
    <message>
        <location filename="../query_cooccurrence.py" line="39"/>
        <source>Codes (none chosen: every code):</source>
        <translation>Koder (ingen valgt: alle koder):</translation>
    </message>
    <message>
        <location filename="../query_cooccurrence.py" line="40"/>
        <source>Also when apart by at most</source>
        <translation>Også med en afstand på højst</translation>
    </message>
    <message>
        <location filename="../query_cooccurrence.py" line="44"/>
        <source> characters</source>
        <translation> tegn</translation>
    </message>
    <message>
        <location filename="../query_cooccurrence.py" line="51"/>
        <source>Only when they overlap</source>
        <translation>Kun når de overlapper</translation>
    </message>
    <message>
        <location filename="../query_cooccurrence.py" line="52"/>
        <source>Also in the same sentence</source>
        <translation>Også i samme sætning</translation>
    </message>
    <message>
        <location filename="../query_cooccurrence.py" line="53"/>
        <source>Also in the same paragraph</source>
        <translation>Også i samme afsnit</translation>
    </message>
    <message>
        <location filename="../query_cooccurrence.py" line="54"/>
        <source>Also in the same speaker turn</source>
        <translation>Også i samme talertur</translation>
    </message>
    <message>
        <location filename="../query_cooccurrence.py" line="58"/>
        <source>Count sub-codes with their code</source>
        <translation>Tæl underkoder med under deres kode</translation>
    </message>
    <message>
        <location filename="../query_cooccurrence.py" line="61"/>
        <source>Codings meet:</source>
        <translation>Kodningerne mødes:</translation>
    </message>
    <message>
        <location filename="../query_cooccurrence.py" line="63"/>
        <source>Cells show:</source>
        <translation>Cellerne viser:</translation>
    </message>
    <message>
        <location filename="../query_cooccurrence.py" line="66"/>
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../query_cooccurrence.py" line="67"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../query_cooccurrence.py" line="74"/>
        <source>Co-occurrence</source>
        <translation>Samforekomst</translation>
    </message>
</context>
<context>
    <name>CrosstabPanel</name>
    <message>
        <location filename="../query_cross_panels.py" line="140"/>
        <source>Codes (none chosen: every code):</source>
        <translation>Koder (ingen valgt: alle koder):</translation>
    </message>
    <message>
        <location filename="../query_cross_panels.py" line="144"/>
        <source>Count sub-codes with their code</source>
        <translation>Tæl underkoder med under deres kode</translation>
    </message>
    <message>
        <location filename="../query_cross_panels.py" line="147"/>
        <source>Columns: values of</source>
        <translation>Kolonner: værdierne af</translation>
    </message>
    <message>
        <location filename="../query_cross_panels.py" line="148"/>
        <source>Cells count:</source>
        <translation>Cellerne tæller:</translation>
    </message>
    <message>
        <location filename="../query_cross_panels.py" line="149"/>
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <location filename="../query_cross_panels.py" line="152"/>
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../query_cross_panels.py" line="153"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../query_cross_panels.py" line="160"/>
        <source>Crosstab</source>
        <translation>Krydstabel</translation>
    </message>
    <message>
        <location filename="../query_cross_panels.py" line="176"/>
        <source>Choose the attribute whose values are the columns.</source>
        <translation>Vælg den attribut, hvis værdier er kolonnerne.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../detail_panel.py" line="107"/>
        <source>Attributes</source>
        <translation>Attributter</translation>
    </message>
    <message>
        <location filename="../detail_panel.py" line="113"/>
        <location filename="../detail_panel.py" line="115"/>
        <source>Remove coding</source>
        <translation>Fjern kodning</translation>
    </message>
    <message>
        <location filename="../detail_panel.py" line="120"/>
        <source>Codings here</source>
        <translation>Kodninger her</translation>
    </message>
    <message>
        <location filename="../detail_panel.py" line="126"/>
        <source>Annotations here</source>
        <translation>Annotationer her</translation>
    </message>
    <message>
        <location filename="../detail_panel.py" line="179"/>
        <source>Nothing selected</source>
        <translation>Intet valgt</translation>
    </message>
    <message>
        <location filename="../detail_panel.py" line="188"/>
        <source>Code: {path}</source>
        <translation>Kode: {path}</translation>
    </message>
    <message>
        <location filename="../detail_panel.py" line="197"/>
        <source>Case: {name}</source>
        <translation>Sag: {name}</translation>
    </message>
    <message>
        <location filename="../detail_panel.py" line="197"/>
        <source>Document: {name}</source>
        <translation>Dokument: {name}</translation>
    </message>
    <message>
        <location filename="../detail_panel.py" line="217"/>
        <source>Spoken by case &apos;{name}&apos;:</source>
        <translation>Sagt af sagen &apos;{name}&apos;:</translation>
    </message>
    <message>
        <location filename="../detail_panel.py" line="257"/>
        <source>Remove coding &apos;{code}&apos; by {coder}</source>
        <translation>Fjernelse af kodningen &apos;{code}&apos; (kodet af {coder})</translation>
    </message>
    <message numerus="yes">
        <location filename="../detail_panel.py" line="261"/>
        <source>Remove %n coding(s)</source>
        <translation>
            <numerusform>Fjernelse af %n kodning</numerusform>
            <numerusform>Fjernelse af %n kodninger</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisagreementLegend</name>
    <message>
        <location filename="../comparison_controls.py" line="119"/>
        <location filename="../comparison_controls.py" line="120"/>
        <source>Only {coder} coded this</source>
        <translation>Kun {coder} har kodet dette</translation>
    </message>
    <message>
        <location filename="../comparison_controls.py" line="123"/>
        <source>Stripes: {columns}</source>
        <translation>Striber: {columns}</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <location filename="../document_model.py" line="27"/>
        <source>Focus groups</source>
        <translation>Fokusgrupper</translation>
    </message>
    <message>
        <location filename="../document_model.py" line="28"/>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location filename="../document_model.py" line="29"/>
        <source>Case journals</source>
        <translation>Sagsjournaler</translation>
    </message>
    <message>
        <location filename="../document_model.py" line="30"/>
        <source>Field notes</source>
        <translation>Feltnoter</translation>
    </message>
    <message>
        <location filename="../document_model.py" line="31"/>
        <source>Other documents</source>
        <translation>Andre dokumenter</translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <location filename="../document_filter.py" line="21"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../document_filter.py" line="22"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../document_panel.py" line="57"/>
        <source>Filter by name</source>
        <translation>Filtrér efter navn</translation>
    </message>
    <message>
        <location filename="../document_panel.py" line="81"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Omdøb…</translation>
    </message>
    <message>
        <location filename="../document_panel.py" line="82"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <location filename="../document_panel.py" line="83"/>
        <source>&amp;Memo…</source>
        <translation>&amp;Memo…</translation>
    </message>
    <message>
        <location filename="../document_filter.py" line="57"/>
        <source>All documents</source>
        <translation>Alle dokumenter</translation>
    </message>
    <message>
        <location filename="../document_panel.py" line="209"/>
        <source>Rename document</source>
        <translation>Omdøb dokument</translation>
    </message>
    <message>
        <location filename="../document_panel.py" line="209"/>
        <source>New name:</source>
        <translation>Nyt navn:</translation>
    </message>
    <message>
        <location filename="../document_panel.py" line="219"/>
        <source>Rename document &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>Omdøbning af dokumentet &apos;{old}&apos; til &apos;{new}&apos;</translation>
    </message>
    <message numerus="yes">
        <location filename="../document_panel.py" line="230"/>
        <source>Delete the document &apos;{document}&apos; with its %n coding(s)? Undo brings it back.</source>
        <translation>
            <numerusform>Slet dokumentet &apos;{document}&apos; med dets %n kodning? Fortryd bringer det tilbage.</numerusform>
            <numerusform>Slet dokumentet &apos;{document}&apos; med dets %n kodninger? Fortryd bringer det tilbage.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../document_panel.py" line="234"/>
        <source>Delete document</source>
        <translation>Slet dokument</translation>
    </message>
    <message>
        <location filename="../document_panel.py" line="243"/>
        <source>Delete document &apos;{document}&apos;</source>
        <translation>Sletning af dokumentet &apos;{document}&apos;</translation>
    </message>
</context>
<context>
    <name>DocumentTreeModel</name>
    <message>
        <location filename="../document_model.py" line="203"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../document_model.py" line="204"/>
        <source>Codings</source>
        <translation>Kodninger</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../exchange_dialog.py" line="38"/>
        <source>Users (coders)</source>
        <translation>Brugere (kodere)</translation>
    </message>
    <message>
        <location filename="../exchange_dialog.py" line="39"/>
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../exchange_dialog.py" line="40"/>
        <source>Sources (documents)</source>
        <translation>Kilder (dokumenter)</translation>
    </message>
    <message>
        <location filename="../exchange_dialog.py" line="41"/>
        <source>Selections</source>
        <translation>Markeringer</translation>
    </message>
    <message>
        <location filename="../exchange_dialog.py" line="42"/>
        <source>Codings</source>
        <translation>Kodninger</translation>
    </message>
    <message>
        <location filename="../exchange_dialog.py" line="43"/>
        <source>Cases</source>
        <translation>Sager</translation>
    </message>
    <message>
        <location filename="../exchange_dialog.py" line="44"/>
        <source>Variables (attributes)</source>
        <translation>Variabler (attributter)</translation>
    </message>
    <message>
        <location filename="../exchange_dialog.py" line="45"/>
        <source>Notes (memos and annotations)</source>
        <translation>Noter (memoer og annotationer)</translation>
    </message>
    <message>
        <location filename="../exchange_dialog.py" line="46"/>
        <source>Sets</source>
        <translation>Sæt</translation>
    </message>
    <message>
        <location filename="../exchange_dialog.py" line="47"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../exchange_dialog.py" line="103"/>
        <location filename="../exchange_dialog.py" line="127"/>
        <location filename="../exchange_dialog.py" line="158"/>
        <source>Import REFI-QDA project</source>
        <translation>Importér REFI-QDA-projekt</translation>
    </message>
    <message>
        <location filename="../exchange_dialog.py" line="105"/>
        <source>REFI-QDA projects (*.qdpx *.qde);;All files (*)</source>
        <translation>REFI-QDA-projekter (*.qdpx *.qde);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../exchange_dialog.py" line="115"/>
        <source>Save the new Tekstur project as</source>
        <translation>Gem det nye Tekstur-projekt som</translation>
    </message>
    <message>
        <location filename="../exchange_dialog.py" line="117"/>
        <source>Tekstur projects (*.tekstur)</source>
        <translation>Tekstur-projekter (*.tekstur)</translation>
    </message>
    <message>
        <location filename="../exchange_dialog.py" line="128"/>
        <source>{0} already exists. Choose a new name for the imported project.</source>
        <translation>{0} findes allerede. Vælg et nyt navn til det importerede projekt.</translation>
    </message>
    <message>
        <location filename="../exchange_dialog.py" line="135"/>
        <source>{0} (from {1}) is now the project {2}.</source>
        <translation>{0} (fra {1}) er nu projektet {2}.</translation>
    </message>
    <message>
        <location filename="../exchange_dialog.py" line="139"/>
        <source>an unknown program</source>
        <translation>et ukendt program</translation>
    </message>
    <message>
        <location filename="../exchange_dialog.py" line="144"/>
        <source>REFI-QDA import finished</source>
        <translation>REFI-QDA-importen er færdig</translation>
    </message>
    <message>
        <location filename="../exchange_dialog.py" line="154"/>
        <source>Importing {0}</source>
        <translation>Importerer {0}</translation>
    </message>
    <message>
        <location filename="../exchange_dialog.py" line="165"/>
        <source>REFI-QDA project (*.qdpx)</source>
        <translation>REFI-QDA-projekt (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../exchange_dialog.py" line="166"/>
        <source>REFI-QDA codebook (*.qdc)</source>
        <translation>REFI-QDA-kodebog (*.qdc)</translation>
    </message>
    <message>
        <location filename="../exchange_dialog.py" line="170"/>
        <location filename="../exchange_dialog.py" line="198"/>
        <source>Export REFI-QDA</source>
        <translation>Eksportér REFI-QDA</translation>
    </message>
    <message>
        <location filename="../exchange_dialog.py" line="184"/>
        <source>REFI-QDA export finished</source>
        <translation>REFI-QDA-eksporten er færdig</translation>
    </message>
    <message>
        <location filename="../exchange_dialog.py" line="185"/>
        <source>The project is written to {0}.</source>
        <translation>Projektet er gemt i {0}.</translation>
    </message>
    <message>
        <location filename="../exchange_dialog.py" line="194"/>
        <source>Exporting {0}</source>
        <translation>Eksporterer {0}</translation>
    </message>
</context>
<context>
    <name>ExchangeSummaryDialog</name>
    <message>
        <location filename="../exchange_dialog.py" line="79"/>
        <source>Not imported or not exported:</source>
        <translation>Ikke importeret eller ikke eksporteret:</translation>
    </message>
    <message>
        <location filename="../exchange_dialog.py" line="80"/>
        <source>Changed on the way:</source>
        <translation>Ændret undervejs:</translation>
    </message>
</context>
<context>
    <name>ExportCodebookDialog</name>
    <message>
        <location filename="../codebook_export_dialog.py" line="41"/>
        <source>Export codebook</source>
        <translation>Eksportér kodebog</translation>
    </message>
    <message>
        <location filename="../codebook_export_dialog.py" line="43"/>
        <source>All codes in the project</source>
        <translation>Alle koder i projektet</translation>
    </message>
    <message>
        <location filename="../codebook_export_dialog.py" line="54"/>
        <source>&amp;Codes:</source>
        <translation>&amp;Koder:</translation>
    </message>
    <message>
        <location filename="../codebook_export_dialog.py" line="55"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location filename="../codebook_export_dialog.py" line="56"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../codebook_export_dialog.py" line="60"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
</context>
<context>
    <name>FilterEditor</name>
    <message>
        <location filename="../query_filter.py" line="32"/>
        <source>Only codings in these documents (none: all):</source>
        <translation>Kun kodninger i disse dokumenter (ingen: alle):</translation>
    </message>
    <message>
        <location filename="../query_filter.py" line="33"/>
        <source>Only codings by these coders (none: all):</source>
        <translation>Kun kodninger af disse kodere (ingen: alle):</translation>
    </message>
    <message>
        <location filename="../query_filter.py" line="39"/>
        <source>all conditions hold</source>
        <translation>alle betingelser er opfyldt</translation>
    </message>
    <message>
        <location filename="../query_filter.py" line="40"/>
        <source>any condition holds</source>
        <translation>mindst én betingelse er opfyldt</translation>
    </message>
    <message>
        <location filename="../query_filter.py" line="45"/>
        <source>A passage counts when</source>
        <translation>Et tekststykke tæller med, når</translation>
    </message>
    <message>
        <location filename="../query_filter.py" line="47"/>
        <source>One condition per line (= != &lt; &gt; &lt;= &gt;=):</source>
        <translation>Én betingelse pr. linje (= != &lt; &gt; &lt;= &gt;=):</translation>
    </message>
    <message>
        <location filename="../query_filter.py" line="51"/>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../query_filter.py" line="52"/>
        <source>Coders</source>
        <translation>Kodere</translation>
    </message>
    <message>
        <location filename="../query_filter.py" line="53"/>
        <source>Attributes</source>
        <translation>Attributter</translation>
    </message>
    <message>
        <location filename="../query_filter.py" line="63"/>
        <source>Attributes: {0}</source>
        <translation>Attributter: {0}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../find_bar.py" line="43"/>
        <source>Find in document</source>
        <translation>Søg i dokumentet</translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="49"/>
        <source>&amp;Find in document…</source>
        <translation>&amp;Søg i dokumentet…</translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="52"/>
        <source>Find &amp;next</source>
        <translation>Find &amp;næste</translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="54"/>
        <source>Find &amp;previous</source>
        <translation>Find &amp;forrige</translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="71"/>
        <source>Close (Esc)</source>
        <translation>Luk (Esc)</translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="137"/>
        <source>No matches</source>
        <translation>Ingen fund</translation>
    </message>
    <message>
        <location filename="../find_bar.py" line="156"/>
        <source>{current} of {total}</source>
        <translation>{current} af {total}</translation>
    </message>
</context>
<context>
    <name>FrequenciesPanel</name>
    <message>
        <location filename="../query_coding_panels.py" line="44"/>
        <source>Codes (none chosen: every code):</source>
        <translation>Koder (ingen valgt: alle koder):</translation>
    </message>
    <message>
        <location filename="../query_coding_panels.py" line="45"/>
        <source>Count sub-codes with their code</source>
        <translation>Tæl underkoder med under deres kode</translation>
    </message>
    <message>
        <location filename="../query_coding_panels.py" line="46"/>
        <source>One column per coder</source>
        <translation>Én kolonne pr. koder</translation>
    </message>
    <message>
        <location filename="../query_coding_panels.py" line="64"/>
        <source>Code frequencies</source>
        <translation>Kodefrekvenser</translation>
    </message>
    <message>
        <location filename="../query_coding_panels.py" line="75"/>
        <source>Choose at least one thing to count.</source>
        <translation>Vælg mindst én ting at tælle.</translation>
    </message>
</context>
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
    <message numerus="yes">
        <location filename="../import_dialog.py" line="107"/>
        <source>Import %n document(s)</source>
        <translation>
            <numerusform>Import af %n dokument</numerusform>
            <numerusform>Import af %n dokumenter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="133"/>
        <source>Fills: {0}</source>
        <translation>Udfylder: {0}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="137"/>
        <source>&apos;{0}&apos; does not fit the pattern</source>
        <translation>&apos;{0}&apos; passer ikke til mønsteret</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="140"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="144"/>
        <source>Documents ({0});;All files (*)</source>
        <translation>Dokumenter ({0});;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="147"/>
        <source>Add files</source>
        <translation>Tilføj filer</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="151"/>
        <source>Add folder</source>
        <translation>Tilføj mappe</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../import_dialog.py" line="163"/>
        <source>{0} imported, {1} skipped, {2} refused.</source>
        <translation>{0} importeret, {1} sprunget over, {2} afvist.</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="167"/>
        <source>The import was cancelled; what was imported stays.</source>
        <translation>Importen blev annulleret; det, der allerede er importeret, bliver.</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="182"/>
        <source>Import finished</source>
        <translation>Import færdig</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <location filename="../query_pickers.py" line="48"/>
        <source>Filter…</source>
        <translation>Filtrér…</translation>
    </message>
    <message>
        <location filename="../query_pickers.py" line="51"/>
        <source>Only chosen</source>
        <translation>Kun valgte</translation>
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
    <name>JournalImportDialog</name>
    <message>
        <location filename="../journal_import_dialog.py" line="145"/>
        <location filename="../journal_import_dialog.py" line="178"/>
        <source>Import case journals</source>
        <translation>Importér sagsjournaler</translation>
    </message>
    <message>
        <location filename="../journal_import_dialog.py" line="149"/>
        <source>An export with case id, date and entry text</source>
        <translation>Et udtræk med sags-id, dato og notattekst</translation>
    </message>
    <message>
        <location filename="../journal_import_dialog.py" line="150"/>
        <source>Choose file…</source>
        <translation>Vælg fil…</translation>
    </message>
    <message>
        <location filename="../journal_import_dialog.py" line="165"/>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <location filename="../journal_import_dialog.py" line="177"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Regneark (*.xlsx *.xlsm *.csv *.tsv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../journal_import_dialog.py" line="187"/>
        <source>Reading {file}…</source>
        <translation>Læser {file}…</translation>
    </message>
    <message>
        <location filename="../journal_import_dialog.py" line="189"/>
        <source>Reading {file}</source>
        <translation>Læser {file}</translation>
    </message>
    <message numerus="yes">
        <location filename="../journal_import_dialog.py" line="202"/>
        <source>{file}: %n journal(s) with {entries} entries; {new} new.</source>
        <translation>
            <numerusform>{file}: %n journal med {entries} notater; nye: {new}.</numerusform>
            <numerusform>{file}: %n journaler med {entries} notater; nye: {new}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journal_import_dialog.py" line="221"/>
        <source>Import case journals from {file}</source>
        <translation>Import af sagsjournaler fra {file}</translation>
    </message>
    <message>
        <location filename="../journal_import_dialog.py" line="229"/>
        <source>Journals imported</source>
        <translation>Journalerne er importeret</translation>
    </message>
    <message>
        <location filename="../journal_import_dialog.py" line="232"/>
        <source>{imported} journal(s) imported, {skipped} skipped, {refused} refused; {cases} case(s) created.</source>
        <translation>Journaler importeret: {imported}; sprunget over: {skipped}; afvist: {refused}; nye sager: {cases}.</translation>
    </message>
</context>
<context>
    <name>JournalPreviewModel</name>
    <message>
        <location filename="../journal_import_dialog.py" line="104"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../journal_import_dialog.py" line="105"/>
        <source>Already imported: skipped</source>
        <translation>Allerede importeret: springes over</translation>
    </message>
    <message>
        <location filename="../journal_import_dialog.py" line="106"/>
        <source>Another document has this name: refused</source>
        <translation>Et andet dokument har dette navn: afvises</translation>
    </message>
    <message>
        <location filename="../journal_import_dialog.py" line="126"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../journal_import_dialog.py" line="127"/>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <location filename="../journal_import_dialog.py" line="128"/>
        <source>Entries</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../journal_import_dialog.py" line="129"/>
        <source>Characters</source>
        <translation>Tegn</translation>
    </message>
    <message>
        <location filename="../journal_import_dialog.py" line="130"/>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
</context>
<context>
    <name>LockedProjectDialog</name>
    <message>
        <location filename="../project_open_dialog.py" line="40"/>
        <source>Project is in use</source>
        <translation>Projektet er i brug</translation>
    </message>
    <message>
        <location filename="../project_open_dialog.py" line="42"/>
        <source>{file} is already open in this Tekstur ({holder}).</source>
        <translation>{file} er allerede åben i denne Tekstur ({holder}).</translation>
    </message>
    <message>
        <location filename="../project_open_dialog.py" line="44"/>
        <source>{file} is open in another Tekstur ({holder}).</source>
        <translation>{file} er åben i en anden Tekstur ({holder}).</translation>
    </message>
    <message>
        <location filename="../project_open_dialog.py" line="48"/>
        <source>Only one Tekstur can change a project at a time. You can open it read-only to read and search it without changing it.</source>
        <translation>Kun én Tekstur ad gangen kan ændre et projekt. Du kan åbne det skrivebeskyttet for at læse og søge i det uden at ændre det.</translation>
    </message>
    <message>
        <location filename="../project_open_dialog.py" line="53"/>
        <source>Open &amp;read-only</source>
        <translation>Åbn &amp;skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../project_open_dialog.py" line="74"/>
        <source>{file} is opened read-only: Tekstur cannot write to the file or its folder.</source>
        <translation>{file} er åbnet skrivebeskyttet: Tekstur kan ikke skrive til filen eller dens mappe.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../workbench.py" line="60"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../workbench.py" line="62"/>
        <source>Classification sheet</source>
        <translation>Klassifikationsark</translation>
    </message>
    <message>
        <location filename="../workbench.py" line="64"/>
        <source>Queries</source>
        <translation>Forespørgsler</translation>
    </message>
    <message>
        <location filename="../workbench.py" line="81"/>
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../workbench.py" line="83"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../workbench.py" line="87"/>
        <source>Coded passages</source>
        <translation>Kodede tekststykker</translation>
    </message>
    <message>
        <location filename="../workbench.py" line="90"/>
        <source>Memos</source>
        <translation>Memoer</translation>
    </message>
    <message>
        <location filename="../workbench.py" line="179"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../workbench.py" line="78"/>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="271"/>
        <source>Tekstur</source>
        <translation>Tekstur</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="93"/>
        <source>&amp;Open…</source>
        <translation>Å&amp;bn…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="101"/>
        <source>Open tea&amp;m project…</source>
        <translation>Åbn tea&amp;mprojekt…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="108"/>
        <source>Open &amp;demo project</source>
        <translation>Åbn &amp;demoprojekt</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="115"/>
        <source>&amp;Close project</source>
        <translation>&amp;Luk projekt</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="123"/>
        <source>&amp;Import documents…</source>
        <translation>&amp;Importér dokumenter…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="130"/>
        <source>Import &amp;attributes…</source>
        <translation>Importér a&amp;ttributter…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="136"/>
        <source>Import case &amp;journals…</source>
        <translation>Importér sags&amp;journaler…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="143"/>
        <source>Import REFI-QDA project…</source>
        <translation>Importér REFI-QDA-projekt…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="150"/>
        <source>&amp;Export REFI-QDA project…</source>
        <translation>&amp;Eksportér REFI-QDA-projekt…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="156"/>
        <source>Restore from bac&amp;kup…</source>
        <translation>&amp;Gendan fra sikkerhedskopi…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="162"/>
        <source>Coded quotes re&amp;port…</source>
        <translation>&amp;Citatrapport…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="168"/>
        <source>Import codings from another project…</source>
        <translation>Importér kodninger fra et andet projekt…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="175"/>
        <source>&amp;Settings…</source>
        <translation>Ind&amp;stillinger…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="183"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="208"/>
        <source>&amp;Find in document…</source>
        <translation>&amp;Søg i dokumentet…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="213"/>
        <source>&amp;Code</source>
        <translation>&amp;Kodning</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="221"/>
        <source>Add built-in &amp;codebook…</source>
        <translation>Tilføj indbygget &amp;kodebog…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="227"/>
        <source>&amp;Import codebook file…</source>
        <translation>Importér kode&amp;bog fra fil…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="233"/>
        <source>E&amp;xport codebook…</source>
        <translation>&amp;Eksportér kodebog…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="237"/>
        <source>C&amp;ases</source>
        <translation>&amp;Sager</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="241"/>
        <source>&amp;Classification sheet</source>
        <translation>&amp;Klassifikationsark</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="248"/>
        <source>&amp;Link speakers to cases…</source>
        <translation>&amp;Tilknyt talere til sager…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="252"/>
        <source>&amp;Query</source>
        <translation>F&amp;orespørgsel</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="256"/>
        <source>&amp;Queries</source>
        <translation>&amp;Forespørgsler</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="263"/>
        <source>&amp;Run query</source>
        <translation>&amp;Kør forespørgsel</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="270"/>
        <source>&amp;Compare coders…</source>
        <translation>&amp;Sammenlign kodere…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="275"/>
        <source>&amp;Tools</source>
        <translation>Værk&amp;tøjer</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="279"/>
        <source>&amp;Pseudonymise…</source>
        <translation>&amp;Pseudonymisér…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="283"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="287"/>
        <source>&amp;Document</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="298"/>
        <source>Reset &amp;layout</source>
        <translation>Nulstil &amp;layout</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="302"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="306"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="314"/>
        <source>&amp;About Tekstur</source>
        <translation>&amp;Om Tekstur</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="305"/>
        <location filename="../window_actions.py" line="193"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="306"/>
        <location filename="../window_actions.py" line="200"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="81"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="85"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nyt projekt…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="189"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="275"/>
        <source>Tekstur — {name}</source>
        <translation>Tekstur — {name}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="181"/>
        <source>Cannot open project</source>
        <translation>Projektet kan ikke åbnes</translation>
    </message>
    <message>
        <location filename="../window_tasks.py" line="31"/>
        <source>Tekstur projects (*.tekstur);;All files (*)</source>
        <translation>Tekstur-projekter (*.tekstur);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../window_tasks.py" line="37"/>
        <source>Open project</source>
        <translation>Åbn projekt</translation>
    </message>
    <message>
        <location filename="../window_tasks.py" line="45"/>
        <location filename="../window_tasks.py" line="54"/>
        <source>New project</source>
        <translation>Nyt projekt</translation>
    </message>
    <message>
        <location filename="../window_tasks.py" line="55"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../window_tasks.py" line="186"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../window_tasks.py" line="201"/>
        <source>About Tekstur</source>
        <translation>Om Tekstur</translation>
    </message>
    <message>
        <location filename="../window_tasks.py" line="202"/>
        <source>Tekstur {version}
A workbench for qualitative research.</source>
        <translation>Tekstur {version}
Et værktøj til kvalitativ forskning.</translation>
    </message>
    <message>
        <location filename="../launch.py" line="82"/>
        <location filename="../main_window.py" line="211"/>
        <source>Cannot build the demo project</source>
        <translation>Demoprojektet kan ikke bygges</translation>
    </message>
    <message>
        <location filename="../window_tasks.py" line="91"/>
        <source>Import failed</source>
        <translation>Importen mislykkedes</translation>
    </message>
    <message>
        <location filename="../window_tasks.py" line="96"/>
        <source>Importing documents</source>
        <translation>Importerer dokumenter</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="240"/>
        <source>Cannot undo</source>
        <translation>Kan ikke fortryde</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="244"/>
        <source>Cannot redo</source>
        <translation>Kan ikke gentage</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="277"/>
        <source>Tekstur — {name} (read-only)</source>
        <translation>Tekstur — {name} (skrivebeskyttet)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="295"/>
        <source>Coder: {name}</source>
        <translation>Koder: {name}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="305"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Fortryd {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="306"/>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Gentag {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="291"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokument</numerusform>
            <numerusform>%n dokumenter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="193"/>
        <source>Cannot create project</source>
        <translation>Projektet kan ikke oprettes</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="292"/>
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n kode</numerusform>
            <numerusform>%n koder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="293"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n kodning</numerusform>
            <numerusform>%n kodninger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="294"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n sag</numerusform>
            <numerusform>%n sager</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <location filename="../query_cross_panels.py" line="64"/>
        <source>Rows:</source>
        <translation>Rækker:</translation>
    </message>
    <message>
        <location filename="../query_cross_panels.py" line="65"/>
        <source>Columns:</source>
        <translation>Kolonner:</translation>
    </message>
    <message>
        <location filename="../query_cross_panels.py" line="70"/>
        <source>Coded text inside the column (AND)</source>
        <translation>Kodet tekst inden for kolonnen (OG)</translation>
    </message>
    <message>
        <location filename="../query_cross_panels.py" line="71"/>
        <source>Same case, anywhere (co-presence)</source>
        <translation>Samme sag, hvor som helst (samtidig tilstedeværelse)</translation>
    </message>
    <message>
        <location filename="../query_cross_panels.py" line="74"/>
        <source>AND counts the row&apos;s coded text that lies inside the column item. Same case counts a case&apos;s coded text when the case also has the column item anywhere.</source>
        <translation>OG tæller rækkens kodede tekst, der ligger inden for kolonnens element. Samme sag tæller en sags kodede tekst, når sagen også har kolonnens element et eller andet sted.</translation>
    </message>
    <message>
        <location filename="../query_cross_panels.py" line="78"/>
        <source>Count sub-codes with their code</source>
        <translation>Tæl underkoder med under deres kode</translation>
    </message>
    <message>
        <location filename="../query_cross_panels.py" line="81"/>
        <source>Rows</source>
        <translation>Rækker</translation>
    </message>
    <message>
        <location filename="../query_cross_panels.py" line="82"/>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <location filename="../query_cross_panels.py" line="83"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../query_cross_panels.py" line="85"/>
        <source>Cells count:</source>
        <translation>Cellerne tæller:</translation>
    </message>
    <message>
        <location filename="../query_cross_panels.py" line="86"/>
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <location filename="../query_cross_panels.py" line="87"/>
        <source>A passage counts in a cell by:</source>
        <translation>Et tekststykke tæller med i en celle ved:</translation>
    </message>
    <message>
        <location filename="../query_cross_panels.py" line="95"/>
        <location filename="../query_cross_panels.py" line="128"/>
        <source>Matrix coding</source>
        <translation>Matrixkodning</translation>
    </message>
</context>
<context>
    <name>MemoEditor</name>
    <message>
        <location filename="../memo_editor.py" line="44"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../memo_editor.py" line="46"/>
        <source>Write a memo…</source>
        <translation>Skriv et memo…</translation>
    </message>
    <message>
        <location filename="../memo_editor.py" line="157"/>
        <source>Write memo on {what}</source>
        <translation>Nyt memo om {what}</translation>
    </message>
    <message>
        <location filename="../memo_editor.py" line="160"/>
        <source>Edit memo on {what}</source>
        <translation>Redigering af memo om {what}</translation>
    </message>
    <message>
        <location filename="../memo_editor.py" line="178"/>
        <source>the project</source>
        <translation>projektet</translation>
    </message>
    <message>
        <location filename="../memo_editor.py" line="181"/>
        <source>document &apos;{name}&apos;</source>
        <translation>dokumentet &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../memo_editor.py" line="182"/>
        <source>code &apos;{name}&apos;</source>
        <translation>koden &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../memo_editor.py" line="183"/>
        <source>case &apos;{name}&apos;</source>
        <translation>sagen &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../memo_editor.py" line="184"/>
        <source>coding &apos;{name}&apos; in {document}</source>
        <translation>kodningen &apos;{name}&apos; i {document}</translation>
    </message>
</context>
<context>
    <name>MemoList</name>
    <message>
        <location filename="../memo_list.py" line="116"/>
        <source>Search memos</source>
        <translation>Søg i memoer</translation>
    </message>
    <message>
        <location filename="../memo_list.py" line="120"/>
        <location filename="../memo_list.py" line="180"/>
        <source>New memo</source>
        <translation>Nyt memo</translation>
    </message>
    <message>
        <location filename="../memo_list.py" line="181"/>
        <source>Write project memo</source>
        <translation>Nyt projektmemo</translation>
    </message>
    <message numerus="yes">
        <location filename="../memo_list.py" line="194"/>
        <source>Delete %n memo(s)? You can undo this.</source>
        <translation>
            <numerusform>Slet %n memo? Du kan fortryde det.</numerusform>
            <numerusform>Slet %n memoer? Du kan fortryde det.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../memo_list.py" line="195"/>
        <source>Delete memos</source>
        <translation>Slet memoer</translation>
    </message>
    <message numerus="yes">
        <location filename="../memo_list.py" line="199"/>
        <source>Delete %n memo(s)</source>
        <translation>
            <numerusform>Sletning af %n memo</numerusform>
            <numerusform>Sletning af %n memoer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemoListModel</name>
    <message>
        <location filename="../memo_list.py" line="64"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../memo_list.py" line="65"/>
        <source>Document: {name}</source>
        <translation>Dokument: {name}</translation>
    </message>
    <message>
        <location filename="../memo_list.py" line="66"/>
        <source>Code: {name}</source>
        <translation>Kode: {name}</translation>
    </message>
    <message>
        <location filename="../memo_list.py" line="67"/>
        <source>Case: {name}</source>
        <translation>Sag: {name}</translation>
    </message>
    <message>
        <location filename="../memo_list.py" line="68"/>
        <source>Coding: {name} in {document}</source>
        <translation>Kodning: {name} i {document}</translation>
    </message>
    <message>
        <location filename="../memo_list.py" line="102"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../memo_list.py" line="102"/>
        <source>On</source>
        <translation>Om</translation>
    </message>
    <message>
        <location filename="../memo_list.py" line="102"/>
        <source>Last changed</source>
        <translation>Senest ændret</translation>
    </message>
    <message>
        <location filename="../memo_list.py" line="102"/>
        <source>By</source>
        <translation>Af</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../merge_dialog.py" line="44"/>
        <source>Import codings from another project</source>
        <translation>Importér kodninger fra et andet projekt</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="48"/>
        <source>Adds another coder&apos;s codings of the same documents. Documents are matched by their text, codes by their path; missing codes are created. One undo step.</source>
        <translation>Tilføjer en anden koders kodninger af de samme dokumenter. Dokumenter matches på deres tekst, koder på deres sti; manglende koder oprettes. Det hele fortrydes i ét trin.</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="54"/>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="60"/>
        <source>Replace the codings this coder already has</source>
        <translation>Erstat de kodninger, som denne koder allerede har</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="62"/>
        <source>Project or .qdpx file:</source>
        <translation>Projekt eller .qdpx-fil:</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="63"/>
        <source>Import as coder:</source>
        <translation>Importér som koder:</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="71"/>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="84"/>
        <source>Another project with the same documents</source>
        <translation>Et andet projekt med de samme dokumenter</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="86"/>
        <source>Tekstur or REFI-QDA project (*.tekstur *.qdpx *.qde)</source>
        <translation>Tekstur- eller REFI-QDA-projekt (*.tekstur *.qdpx *.qde)</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="97"/>
        <source>Choose a project file that exists.</source>
        <translation>Vælg en projektfil, der findes.</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="100"/>
        <source>Give the coder a name.</source>
        <translation>Giv koderen et navn.</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="105"/>
        <source>Reading {file}</source>
        <translation>Læser {file}</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="113"/>
        <source>Import codings from {file} as &apos;{coder}&apos;</source>
        <translation>Import af kodninger fra {file} som &apos;{coder}&apos;</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="127"/>
        <source>Added {codings} coding(s) as &apos;{coder}&apos; in {documents} document(s).</source>
        <translation>Tilføjet som &apos;{coder}&apos;: {codings} kodning(er) i {documents} dokument(er).</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="132"/>
        <source>New codes: {codes}.</source>
        <translation>Nye koder: {codes}.</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="136"/>
        <source>Replaced {count} earlier coding(s).</source>
        <translation>Erstattede tidligere kodninger: {count}.</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="142"/>
        <source>Not matched (no document here has the same text): {names}</source>
        <translation>Ikke matchet (intet dokument her har samme tekst): {names}</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../new_project_dialog.py" line="31"/>
        <source>New project</source>
        <translation>Nyt projekt</translation>
    </message>
    <message>
        <location filename="../new_project_dialog.py" line="33"/>
        <source>e.g. Evaluering af forsøg med færre sager</source>
        <translation>fx Evaluering af forsøg med færre sager</translation>
    </message>
    <message>
        <location filename="../new_project_dialog.py" line="35"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
    <message>
        <location filename="../new_project_dialog.py" line="43"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../new_project_dialog.py" line="44"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Mappe:</translation>
    </message>
    <message>
        <location filename="../new_project_dialog.py" line="49"/>
        <source>Create</source>
        <translation>Opret</translation>
    </message>
    <message>
        <location filename="../new_project_dialog.py" line="79"/>
        <source>Folder for the project</source>
        <translation>Mappe til projektet</translation>
    </message>
    <message>
        <location filename="../new_project_dialog.py" line="87"/>
        <source>Give the project a name and a folder.</source>
        <translation>Giv projektet et navn og en mappe.</translation>
    </message>
    <message>
        <location filename="../new_project_dialog.py" line="89"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Mappen {folder} findes ikke.</translation>
    </message>
    <message>
        <location filename="../new_project_dialog.py" line="91"/>
        <source>{file} already exists; choose another name.</source>
        <translation>{file} findes allerede; vælg et andet navn.</translation>
    </message>
    <message>
        <location filename="../new_project_dialog.py" line="99"/>
        <source>The project will be saved as {path}</source>
        <translation>Projektet bliver gemt som {path}</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <location filename="../session.py" line="137"/>
        <source>The project is open read-only; “{label}” was not done.</source>
        <translation>Projektet er åbent skrivebeskyttet; “{label}” blev ikke udført.</translation>
    </message>
    <message>
        <location filename="../session.py" line="146"/>
        <source>Cannot change the project</source>
        <translation>Projektet kan ikke ændres</translation>
    </message>
</context>
<context>
    <name>PseudonymGroupModel</name>
    <message>
        <location filename="../pseudonym_model.py" line="72"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../pseudonym_model.py" line="73"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../pseudonym_model.py" line="74"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../pseudonym_model.py" line="75"/>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <location filename="../pseudonym_model.py" line="76"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location filename="../pseudonym_model.py" line="77"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../pseudonym_model.py" line="78"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../pseudonym_model.py" line="79"/>
        <source>Term</source>
        <translation>Udtryk</translation>
    </message>
    <message>
        <location filename="../pseudonym_model.py" line="113"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../pseudonym_model.py" line="146"/>
        <source>Found text</source>
        <translation>Fundet tekst</translation>
    </message>
    <message>
        <location filename="../pseudonym_model.py" line="147"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../pseudonym_model.py" line="148"/>
        <source>Times</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../pseudonym_model.py" line="149"/>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../pseudonym_model.py" line="150"/>
        <source>Confidence</source>
        <translation>Sikkerhed</translation>
    </message>
    <message>
        <location filename="../pseudonym_model.py" line="151"/>
        <source>Replacement</source>
        <translation>Erstatning</translation>
    </message>
    <message>
        <location filename="../pseudonym_model.py" line="152"/>
        <source>Replace</source>
        <translation>Erstat</translation>
    </message>
    <message>
        <location filename="../pseudonym_model.py" line="153"/>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
</context>
<context>
    <name>PseudonymReviewDialog</name>
    <message>
        <location filename="../pseudonym_review.py" line="69"/>
        <location filename="../pseudonym_review.py" line="162"/>
        <source>Pseudonymise</source>
        <translation>Pseudonymisér</translation>
    </message>
    <message>
        <location filename="../pseudonym_review.py" line="84"/>
        <source>Each text found is replaced everywhere it occurs, in every document. Tick Replace or Keep, edit the replacement, then apply. Codings, speaker turns and annotations move with the text, and Undo restores everything.</source>
        <translation>Hver fundet tekst erstattes overalt, hvor den forekommer, i alle dokumenter. Sæt flueben ved Erstat eller Behold, ret erstatningen, og anvend så. Kodninger, talerture og annotationer flytter med teksten, og Fortryd gendanner det hele.</translation>
    </message>
    <message>
        <location filename="../pseudonym_review.py" line="91"/>
        <source>Add term…</source>
        <translation>Tilføj udtryk…</translation>
    </message>
    <message>
        <location filename="../pseudonym_review.py" line="93"/>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <location filename="../pseudonym_review.py" line="95"/>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <location filename="../pseudonym_review.py" line="98"/>
        <source>Previous occurrence ({keys})</source>
        <translation>Forrige forekomst ({keys})</translation>
    </message>
    <message>
        <location filename="../pseudonym_review.py" line="99"/>
        <source>Next occurrence ({keys})</source>
        <translation>Næste forekomst ({keys})</translation>
    </message>
    <message>
        <location filename="../pseudonym_review.py" line="104"/>
        <source>Export key file…</source>
        <translation>Eksportér nøglefil…</translation>
    </message>
    <message>
        <location filename="../pseudonym_review.py" line="106"/>
        <source>Remove mapping from project…</source>
        <translation>Fjern koblingsnøglen fra projektet…</translation>
    </message>
    <message>
        <location filename="../pseudonym_review.py" line="116"/>
        <source>Apply</source>
        <translation>Anvend</translation>
    </message>
    <message>
        <location filename="../pseudonym_review.py" line="147"/>
        <source>Finding identifiers</source>
        <translation>Finder identificerende oplysninger</translation>
    </message>
    <message>
        <location filename="../pseudonym_review.py" line="154"/>
        <source>{count} occurrence(s) of {groups} text(s) found</source>
        <translation>Fundet: {count} forekomst(er) af {groups} tekst(er)</translation>
    </message>
    <message>
        <location filename="../pseudonym_review.py" line="216"/>
        <source>Pseudonymising</source>
        <translation>Pseudonymiserer</translation>
    </message>
    <message numerus="yes">
        <location filename="../pseudonym_review.py" line="224"/>
        <source>Pseudonymise %n document(s)</source>
        <translation>
            <numerusform>Pseudonymisering af %n dokument</numerusform>
            <numerusform>Pseudonymisering af %n dokumenter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pseudonym_review.py" line="226"/>
        <source>Nothing to replace: tick Replace for a text first</source>
        <translation>Intet at erstatte: sæt først flueben ved Erstat for en tekst</translation>
    </message>
    <message>
        <location filename="../pseudonym_review.py" line="232"/>
        <source>Replaced {count} occurrence(s) in {documents} document(s)</source>
        <translation>Erstattede {count} forekomst(er) i {documents} dokument(er)</translation>
    </message>
    <message>
        <location filename="../pseudonym_review.py" line="247"/>
        <location filename="../pseudonym_review.py" line="254"/>
        <source>Export key file</source>
        <translation>Eksportér nøglefil</translation>
    </message>
    <message>
        <location filename="../pseudonym_review.py" line="247"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../pseudonym_review.py" line="257"/>
        <source>Wrote {count} term(s) to {file}</source>
        <translation>Skrev {count} udtryk til {file}</translation>
    </message>
    <message>
        <location filename="../pseudonym_review.py" line="264"/>
        <source>Remove the pseudonym mapping</source>
        <translation>Fjern koblingsnøglen</translation>
    </message>
    <message>
        <location filename="../pseudonym_review.py" line="269"/>
        <source>Remove mapping from project</source>
        <translation>Fjern koblingsnøglen fra projektet</translation>
    </message>
    <message>
        <location filename="../pseudonym_review.py" line="271"/>
        <source>Remove the mapping from the project? Export the key file first: without it nobody can tell who the pseudonyms are.</source>
        <translation>Fjern koblingsnøglen fra projektet? Eksportér nøglefilen først: uden den kan ingen se, hvem pseudonymerne dækker over.</translation>
    </message>
</context>
<context>
    <name>QueryPanel</name>
    <message>
        <location filename="../query_cross_panels.py" line="44"/>
        <source>Counts</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../query_cross_panels.py" line="45"/>
        <source>Row percentages</source>
        <translation>Rækkeprocenter</translation>
    </message>
    <message>
        <location filename="../query_cross_panels.py" line="46"/>
        <source>Column percentages</source>
        <translation>Kolonneprocenter</translation>
    </message>
    <message>
        <location filename="../query_text_panels.py" line="34"/>
        <source>Guess from the text</source>
        <translation>Gæt ud fra teksten</translation>
    </message>
    <message>
        <location filename="../query_text_panels.py" line="35"/>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location filename="../query_text_panels.py" line="36"/>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
</context>
<context>
    <name>QueryWorkspace</name>
    <message>
        <location filename="../query_workspace.py" line="67"/>
        <source>Run</source>
        <translation>Kør</translation>
    </message>
    <message>
        <location filename="../query_workspace.py" line="68"/>
        <source>Run the query (Ctrl+R)</source>
        <translation>Kør forespørgslen (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../query_workspace.py" line="70"/>
        <source>Run query</source>
        <translation>Kør forespørgsel</translation>
    </message>
    <message>
        <location filename="../query_workspace.py" line="75"/>
        <source>Save query…</source>
        <translation>Gem forespørgsel…</translation>
    </message>
    <message>
        <location filename="../query_workspace.py" line="88"/>
        <source>Query:</source>
        <translation>Forespørgsel:</translation>
    </message>
    <message>
        <location filename="../query_chart.py" line="128"/>
        <location filename="../query_workspace.py" line="184"/>
        <location filename="../result_view.py" line="245"/>
        <source>Wait until the running task has finished.</source>
        <translation>Vent, til den igangværende opgave er færdig.</translation>
    </message>
    <message>
        <location filename="../query_workspace.py" line="187"/>
        <source>Running…</source>
        <translation>Kører…</translation>
    </message>
    <message>
        <location filename="../query_workspace.py" line="189"/>
        <source>Running query: {0}</source>
        <translation>Kører forespørgsel: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../query_workspace.py" line="207"/>
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n tekststykke</numerusform>
            <numerusform>%n tekststykker</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../query_workspace.py" line="211"/>
        <source>Counted at {0}.</source>
        <translation>Optalt kl. {0}.</translation>
    </message>
    <message>
        <location filename="../query_workspace.py" line="215"/>
        <source>The query failed: {0}</source>
        <translation>Forespørgslen mislykkedes: {0}</translation>
    </message>
    <message>
        <location filename="../query_workspace.py" line="235"/>
        <source>The project has changed since this result was counted: Run (Ctrl+R).</source>
        <translation>Projektet er ændret, siden resultatet blev optalt: Kør (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../query_workspace.py" line="254"/>
        <location filename="../query_workspace.py" line="261"/>
        <source>Save query</source>
        <translation>Gem forespørgsel</translation>
    </message>
    <message>
        <location filename="../query_workspace.py" line="254"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../query_workspace.py" line="262"/>
        <source>A saved query called &apos;{0}&apos; exists. Replace it?</source>
        <translation>Der findes allerede en gemt forespørgsel med navnet &apos;{0}&apos;. Vil du erstatte den?</translation>
    </message>
    <message>
        <location filename="../query_workspace.py" line="278"/>
        <source>The saved query &apos;{0}&apos; cannot be read: {1}</source>
        <translation>Den gemte forespørgsel &apos;{0}&apos; kan ikke læses: {1}</translation>
    </message>
</context>
<context>
    <name>QuickCode</name>
    <message>
        <location filename="../quick_code.py" line="110"/>
        <source>Select the text to code first.</source>
        <translation>Markér først den tekst, der skal kodes.</translation>
    </message>
    <message>
        <location filename="../quick_code.py" line="127"/>
        <source>&apos;{path}&apos; is not a code path.</source>
        <translation>&apos;{path}&apos; er ikke en kodesti.</translation>
    </message>
    <message>
        <location filename="../quick_code.py" line="140"/>
        <source>Code in vivo &apos;{code}&apos; in {document}</source>
        <translation>In vivo-kodning med &apos;{code}&apos; i {document}</translation>
    </message>
    <message>
        <location filename="../quick_code.py" line="142"/>
        <source>Code &apos;{code}&apos; in {document}</source>
        <translation>Kodning med &apos;{code}&apos; i {document}</translation>
    </message>
    <message>
        <location filename="../quick_code.py" line="155"/>
        <source>Select the words to code in vivo first.</source>
        <translation>Markér først de ord, der skal kodes in vivo.</translation>
    </message>
    <message>
        <location filename="../quick_code.py" line="164"/>
        <source>The selection holds no words to name a code.</source>
        <translation>Markeringen indeholder ingen ord, som en kode kan navngives efter.</translation>
    </message>
</context>
<context>
    <name>QuickCodeBox</name>
    <message>
        <location filename="../quick_code.py" line="46"/>
        <source>Code path, e.g. Borgerrelationer/Tillid</source>
        <translation>Kodesti, fx Borgerrelationer/Tillid</translation>
    </message>
    <message>
        <location filename="../quick_code.py" line="55"/>
        <source>Enter codes the selection; a new path creates the code. Esc cancels.</source>
        <translation>Enter koder markeringen; en ny sti opretter koden. Esc annullerer.</translation>
    </message>
</context>
<context>
    <name>QuoteReportDialog</name>
    <message>
        <location filename="../quote_report_dialog.py" line="114"/>
        <source>Coded quotes report</source>
        <translation>Citatrapport</translation>
    </message>
    <message>
        <location filename="../quote_report_dialog.py" line="118"/>
        <source>Codes to report (each with its heading):</source>
        <translation>Koder i rapporten (hver med sin overskrift):</translation>
    </message>
    <message>
        <location filename="../quote_report_dialog.py" line="120"/>
        <source>With their sub-codes</source>
        <translation>Med deres underkoder</translation>
    </message>
    <message>
        <location filename="../quote_report_dialog.py" line="126"/>
        <source>(document order)</source>
        <translation>(dokumentrækkefølge)</translation>
    </message>
    <message>
        <location filename="../quote_report_dialog.py" line="132"/>
        <source>Placeholders: {0} {1}</source>
        <translation>Pladsholdere: {0} {1}</translation>
    </message>
    <message>
        <location filename="../quote_report_dialog.py" line="139"/>
        <source> characters</source>
        <translation> tegn</translation>
    </message>
    <message>
        <location filename="../quote_report_dialog.py" line="148"/>
        <source>Write report…</source>
        <translation>Skriv rapport…</translation>
    </message>
    <message>
        <location filename="../quote_report_dialog.py" line="162"/>
        <source>Order quotes by:</source>
        <translation>Sortér citater efter:</translation>
    </message>
    <message>
        <location filename="../quote_report_dialog.py" line="163"/>
        <source>Attribution line:</source>
        <translation>Kildeangivelse:</translation>
    </message>
    <message>
        <location filename="../quote_report_dialog.py" line="165"/>
        <source>Example:</source>
        <translation>Eksempel:</translation>
    </message>
    <message>
        <location filename="../quote_report_dialog.py" line="166"/>
        <source>Context on each side:</source>
        <translation>Kontekst på hver side:</translation>
    </message>
    <message>
        <location filename="../quote_report_dialog.py" line="167"/>
        <source>Report language:</source>
        <translation>Rapportens sprog:</translation>
    </message>
    <message>
        <location filename="../quote_report_dialog.py" line="195"/>
        <source>(the project has no coded passages yet)</source>
        <translation>(projektet har endnu ingen kodede tekststykker)</translation>
    </message>
    <message>
        <location filename="../quote_report_dialog.py" line="210"/>
        <source>Choose at least one code.</source>
        <translation>Vælg mindst én kode.</translation>
    </message>
    <message>
        <location filename="../quote_report_dialog.py" line="237"/>
        <source>Write coded quotes report</source>
        <translation>Skriv citatrapport</translation>
    </message>
    <message>
        <location filename="../quote_report_dialog.py" line="238"/>
        <source>Coded quotes</source>
        <translation>Kodede citater</translation>
    </message>
    <message>
        <location filename="../quote_report_dialog.py" line="239"/>
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../quote_report_dialog.py" line="257"/>
        <source>Writing the coded quotes report</source>
        <translation>Skriver citatrapporten</translation>
    </message>
    <message>
        <location filename="../quote_report_dialog.py" line="263"/>
        <source>Wait until the running task has finished.</source>
        <translation>Vent, til den igangværende opgave er færdig.</translation>
    </message>
    <message>
        <location filename="../quote_report_dialog.py" line="265"/>
        <source>Writing {0}…</source>
        <translation>Skriver {0}…</translation>
    </message>
    <message>
        <location filename="../quote_report_dialog.py" line="269"/>
        <source>Wrote {0}</source>
        <translation>Skrev {0}</translation>
    </message>
    <message>
        <location filename="../quote_report_dialog.py" line="272"/>
        <source>Wrote the coded quotes report to {0}</source>
        <translation>Citatrapporten er gemt i {0}</translation>
    </message>
    <message>
        <location filename="../quote_report_dialog.py" line="277"/>
        <source>The report could not be written: {0}</source>
        <translation>Rapporten kunne ikke skrives: {0}</translation>
    </message>
</context>
<context>
    <name>ResultExport</name>
    <message>
        <location filename="../result_export.py" line="63"/>
        <source>{0}: this result cannot be written as &apos;{1}&apos;</source>
        <translation>{0}: dette resultat kan ikke gemmes som &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../result_export.py" line="154"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../result_export.py" line="155"/>
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../result_export.py" line="156"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-fil (*.csv)</translation>
    </message>
    <message>
        <location filename="../result_export.py" line="157"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-billede (*.png)</translation>
    </message>
    <message>
        <location filename="../result_export.py" line="158"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-tegning (*.svg)</translation>
    </message>
    <message>
        <location filename="../result_export.py" line="177"/>
        <source>result</source>
        <translation>resultat</translation>
    </message>
    <message>
        <location filename="../result_export.py" line="180"/>
        <source>Export result</source>
        <translation>Eksportér resultat</translation>
    </message>
    <message>
        <location filename="../result_export.py" line="210"/>
        <source>Exported to {0}</source>
        <translation>Eksporteret til {0}</translation>
    </message>
    <message>
        <location filename="../result_export.py" line="216"/>
        <source>Exporting {0}</source>
        <translation>Eksporterer {0}</translation>
    </message>
    <message>
        <location filename="../result_export.py" line="224"/>
        <source>Wait until the running task has finished.</source>
        <translation>Vent, til den igangværende opgave er færdig.</translation>
    </message>
    <message>
        <location filename="../result_export.py" line="244"/>
        <source>Export failed</source>
        <translation>Eksporten mislykkedes</translation>
    </message>
    <message>
        <location filename="../result_export.py" line="245"/>
        <source>The result could not be exported.
{0}</source>
        <translation>Resultatet kunne ikke eksporteres.
{0}</translation>
    </message>
    <message>
        <location filename="../result_export.py" line="276"/>
        <source>Export…</source>
        <translation>Eksportér…</translation>
    </message>
    <message>
        <location filename="../result_export.py" line="278"/>
        <source>Write this result to Excel, Word, CSV or an image (Ctrl+Shift+S)</source>
        <translation>Gem resultatet i Excel, Word, CSV eller som billede (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../result_export.py" line="281"/>
        <source>Export result…</source>
        <translation>Eksportér resultat…</translation>
    </message>
</context>
<context>
    <name>ResultTableModel</name>
    <message>
        <location filename="../result_model.py" line="48"/>
        <source>Code frequencies</source>
        <translation>Kodefrekvenser</translation>
    </message>
    <message>
        <location filename="../result_model.py" line="49"/>
        <source>Co-occurrence</source>
        <translation>Samforekomst</translation>
    </message>
    <message>
        <location filename="../result_model.py" line="50"/>
        <source>Word frequency</source>
        <translation>Ordfrekvens</translation>
    </message>
    <message>
        <location filename="../result_model.py" line="51"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../result_model.py" line="52"/>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <location filename="../result_model.py" line="53"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../result_model.py" line="54"/>
        <source>Word</source>
        <translation>Ord</translation>
    </message>
    <message>
        <location filename="../result_model.py" line="55"/>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../result_model.py" line="76"/>
        <source>Row percentage</source>
        <translation>Rækkeprocent</translation>
    </message>
    <message>
        <location filename="../result_model.py" line="78"/>
        <source>Column percentage</source>
        <translation>Kolonneprocent</translation>
    </message>
    <message>
        <location filename="../result_model.py" line="79"/>
        <source>Percentage</source>
        <translation>Procent</translation>
    </message>
    <message>
        <location filename="../result_model.py" line="81"/>
        <source>Coding references</source>
        <translation>Kodningsreferencer</translation>
    </message>
    <message>
        <location filename="../result_model.py" line="82"/>
        <source>Words coded</source>
        <translation>Kodede ord</translation>
    </message>
    <message>
        <location filename="../result_model.py" line="83"/>
        <source>Documents coded</source>
        <translation>Kodede dokumenter</translation>
    </message>
    <message>
        <location filename="../result_model.py" line="84"/>
        <source>Cases coded</source>
        <translation>Kodede sager</translation>
    </message>
    <message>
        <location filename="../result_model.py" line="85"/>
        <source>Coding presence</source>
        <translation>Kodning til stede</translation>
    </message>
    <message>
        <location filename="../result_model.py" line="86"/>
        <source>Co-occurrences</source>
        <translation>Samforekomster</translation>
    </message>
    <message>
        <location filename="../result_model.py" line="87"/>
        <source>c-coefficient</source>
        <translation>c-koefficient</translation>
    </message>
    <message>
        <location filename="../result_model.py" line="98"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../result_model.py" line="99"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../result_model.py" line="173"/>
        <location filename="../result_model.py" line="231"/>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../result_view.py" line="76"/>
        <location filename="../result_view.py" line="151"/>
        <location filename="../result_view.py" line="184"/>
        <source>Click a cell to see its passages.</source>
        <translation>Klik på en celle for at se dens tekststykker.</translation>
    </message>
    <message>
        <location filename="../result_view.py" line="89"/>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location filename="../result_view.py" line="92"/>
        <source>Chart</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <location filename="../result_view.py" line="187"/>
        <source>This kind of table does not list passages.</source>
        <translation>Denne type tabel viser ikke tekststykker.</translation>
    </message>
    <message>
        <location filename="../result_view.py" line="205"/>
        <source>Reading the passages…</source>
        <translation>Læser tekststykkerne…</translation>
    </message>
    <message>
        <location filename="../result_view.py" line="200"/>
        <source>Reading passages</source>
        <translation>Læser tekststykker</translation>
    </message>
    <message numerus="yes">
        <location filename="../result_view.py" line="219"/>
        <source>%n passage(s) for {0} × {1}</source>
        <translation>
            <numerusform>%n tekststykke for {0} × {1}</numerusform>
            <numerusform>%n tekststykker for {0} × {1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../result_view.py" line="223"/>
        <source>(the first {0} are listed)</source>
        <translation>(de første {0} vises)</translation>
    </message>
</context>
<context>
    <name>RetrievalPanel</name>
    <message>
        <location filename="../retrieval_panel.py" line="42"/>
        <source>Include sub-codes</source>
        <translation>Medtag underkoder</translation>
    </message>
    <message>
        <location filename="../retrieval_panel.py" line="58"/>
        <source>Export…</source>
        <translation>Eksportér…</translation>
    </message>
    <message>
        <location filename="../retrieval_panel.py" line="59"/>
        <source>Write these passages to Excel or CSV</source>
        <translation>Gem tekststykkerne i Excel eller CSV</translation>
    </message>
    <message>
        <location filename="../retrieval_panel.py" line="67"/>
        <source>Show in document</source>
        <translation>Vis i dokumentet</translation>
    </message>
    <message>
        <location filename="../retrieval_panel.py" line="122"/>
        <source>All coders</source>
        <translation>Alle kodere</translation>
    </message>
    <message>
        <location filename="../retrieval_panel.py" line="161"/>
        <source>Choose a code to see its passages</source>
        <translation>Vælg en kode for at se dens tekststykker</translation>
    </message>
    <message numerus="yes">
        <location filename="../retrieval_panel.py" line="179"/>
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln tekststykke</numerusform>
            <numerusform>%Ln tekststykker</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedQueryList</name>
    <message>
        <location filename="../saved_queries.py" line="80"/>
        <source>Open and run</source>
        <translation>Åbn og kør</translation>
    </message>
    <message>
        <location filename="../saved_queries.py" line="82"/>
        <source>Rename…</source>
        <translation>Omdøb…</translation>
    </message>
    <message>
        <location filename="../saved_queries.py" line="84"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../saved_queries.py" line="91"/>
        <source>Saved queries</source>
        <translation>Gemte forespørgsler</translation>
    </message>
    <message>
        <location filename="../saved_queries.py" line="143"/>
        <source>Save query &apos;{0}&apos;</source>
        <translation>Lagring af forespørgslen &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../saved_queries.py" line="155"/>
        <source>Rename saved query to &apos;{0}&apos;</source>
        <translation>Omdøbning af gemt forespørgsel til &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../saved_queries.py" line="164"/>
        <source>Delete saved query &apos;{0}&apos;</source>
        <translation>Sletning af den gemte forespørgsel &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../saved_queries.py" line="173"/>
        <source>Rename saved query</source>
        <translation>Omdøb gemt forespørgsel</translation>
    </message>
    <message>
        <location filename="../saved_queries.py" line="173"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
</context>
<context>
    <name>SearchAutocoder</name>
    <message>
        <location filename="../query_autocode.py" line="85"/>
        <source>Choose the code to give the hits.</source>
        <translation>Vælg den kode, fundene skal have.</translation>
    </message>
    <message>
        <location filename="../query_autocode.py" line="89"/>
        <source>Finding the passages to code</source>
        <translation>Finder de tekststykker, der skal kodes</translation>
    </message>
    <message>
        <location filename="../query_autocode.py" line="101"/>
        <source>Code {0} passage(s) in {1} document(s)?</source>
        <translation>Kod {0} tekststykke(r) i {1} dokument(er)?</translation>
    </message>
    <message>
        <location filename="../query_autocode.py" line="105"/>
        <source>{0} hit(s) lie outside every unit and are left out.</source>
        <translation>{0} fund ligger uden for alle enheder og udelades.</translation>
    </message>
    <message>
        <location filename="../query_autocode.py" line="109"/>
        <location filename="../query_autocode.py" line="140"/>
        <source>Auto-code hits</source>
        <translation>Autokod fund</translation>
    </message>
    <message numerus="yes">
        <location filename="../query_autocode.py" line="130"/>
        <source>Auto-code %n passage(s)</source>
        <translation>
            <numerusform>Autokodning af %n tekststykke</numerusform>
            <numerusform>Autokodning af %n tekststykker</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../query_search.py" line="71"/>
        <source>tillid, tid*, lægelige oplysninger …</source>
        <translation>tillid, tid*, lægelige oplysninger …</translation>
    </message>
    <message>
        <location filename="../query_search.py" line="74"/>
        <source>Words as written</source>
        <translation>Ordene, som de er skrevet</translation>
    </message>
    <message>
        <location filename="../query_search.py" line="75"/>
        <source>Wildcards (* and ?)</source>
        <translation>Jokertegn (* og ?)</translation>
    </message>
    <message>
        <location filename="../query_search.py" line="76"/>
        <source>Every form of the words (lemma)</source>
        <translation>Alle ordenes bøjningsformer (lemma)</translation>
    </message>
    <message>
        <location filename="../query_search.py" line="77"/>
        <source>Regular expression</source>
        <translation>Regulært udtryk</translation>
    </message>
    <message>
        <location filename="../query_search.py" line="81"/>
        <source>Match upper and lower case</source>
        <translation>Skeln mellem store og små bogstaver</translation>
    </message>
    <message>
        <location filename="../query_search.py" line="85"/>
        <source>Auto-code hits…</source>
        <translation>Autokod fund…</translation>
    </message>
    <message>
        <location filename="../query_search.py" line="90"/>
        <source>Search for:</source>
        <translation>Søg efter:</translation>
    </message>
    <message>
        <location filename="../query_search.py" line="91"/>
        <source>Match:</source>
        <translation>Søgemåde:</translation>
    </message>
    <message>
        <location filename="../query_search.py" line="92"/>
        <source>Language:</source>
        <translation>Sprog:</translation>
    </message>
    <message>
        <location filename="../query_search.py" line="94"/>
        <source>Words of context:</source>
        <translation>Kontekst i ord:</translation>
    </message>
    <message>
        <location filename="../query_search.py" line="102"/>
        <source>Text search</source>
        <translation>Tekstsøgning</translation>
    </message>
    <message>
        <location filename="../query_search.py" line="119"/>
        <source>Type what to search for.</source>
        <translation>Skriv, hvad der skal søges efter.</translation>
    </message>
    <message>
        <location filename="../query_search.py" line="153"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../query_search.py" line="154"/>
        <source>Speaker</source>
        <translation>Taler</translation>
    </message>
    <message>
        <location filename="../query_search.py" line="155"/>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <location filename="../query_search.py" line="156"/>
        <source>Hit</source>
        <translation>Fund</translation>
    </message>
    <message>
        <location filename="../query_search.py" line="157"/>
        <source>After</source>
        <translation>Efter</translation>
    </message>
</context>
<context>
    <name>SegmentListModel</name>
    <message>
        <location filename="../retrieval_model.py" line="113"/>
        <source>Coded by {coder}</source>
        <translation>Kodet af {coder}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="115"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="116"/>
        <source>System</source>
        <translation>Systemets sprog</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="117"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="118"/>
        <source>&amp;Coder name:</source>
        <translation>&amp;Kodernavn:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="121"/>
        <source>New codings and memos are recorded under this name. The command line uses $TEKSTUR_CODER or your login name.</source>
        <translation>Nye kodninger og memoer registreres under dette navn. Kommandolinjen bruger $TEKSTUR_CODER eller dit brugernavn.</translation>
    </message>
</context>
<context>
    <name>SpeakerLinkDialog</name>
    <message>
        <location filename="../speaker_links.py" line="178"/>
        <source>Link speakers to cases</source>
        <translation>Tilknyt talere til sager</translation>
    </message>
    <message>
        <location filename="../speaker_links.py" line="195"/>
        <source>Choose or type the case each speaker is (a new name creates the case; empty unlinks). Their passages then count for that case and its attributes.</source>
        <translation>Vælg eller skriv den sag, hver taler er (et nyt navn opretter sagen; tomt fjerner tilknytningen). Talerens tekststykker tæller derefter for sagen og dens attributter.</translation>
    </message>
    <message>
        <location filename="../speaker_links.py" line="235"/>
        <source>Link speaker &apos;{speaker}&apos; in {document} to case &apos;{case}&apos;</source>
        <translation>Tilknytning af taleren &apos;{speaker}&apos; i {document} til sagen &apos;{case}&apos;</translation>
    </message>
    <message>
        <location filename="../speaker_links.py" line="237"/>
        <source>Unlink speaker &apos;{speaker}&apos; in {document}</source>
        <translation>Fjernelse af tilknytningen for taleren &apos;{speaker}&apos; i {document}</translation>
    </message>
    <message numerus="yes">
        <location filename="../speaker_links.py" line="240"/>
        <source>Link %n speaker(s) to cases</source>
        <translation>
            <numerusform>Tilknytning af %n taler til sager</numerusform>
            <numerusform>Tilknytning af %n talere til sager</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpeakerLinkModel</name>
    <message>
        <location filename="../speaker_links.py" line="103"/>
        <source>no case</source>
        <translation>ingen sag</translation>
    </message>
    <message>
        <location filename="../speaker_links.py" line="104"/>
        <source>Now: {case}</source>
        <translation>Nu: {case}</translation>
    </message>
    <message>
        <location filename="../speaker_links.py" line="126"/>
        <source>Speaker</source>
        <translation>Taler</translation>
    </message>
    <message>
        <location filename="../speaker_links.py" line="126"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../speaker_links.py" line="126"/>
        <source>Turns</source>
        <translation>Talerture</translation>
    </message>
    <message>
        <location filename="../speaker_links.py" line="126"/>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../start_page.py" line="127"/>
        <source>The file no longer exists: {path}</source>
        <translation>Filen findes ikke længere: {path}</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="171"/>
        <source>Tekstur projects (*.tekstur);;All files (*)</source>
        <translation>Tekstur-projekter (*.tekstur);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="172"/>
        <source>Open project</source>
        <translation>Åbn projekt</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="202"/>
        <source>Project not found</source>
        <translation>Projektet blev ikke fundet</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="203"/>
        <source>{path} no longer exists. Remove it from the list?</source>
        <translation>{path} findes ikke længere. Vil du fjerne det fra listen?</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="214"/>
        <source>Tekstur</source>
        <translation>Tekstur</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="217"/>
        <source>Code interviews, focus groups and case files; compare groups and rounds; report to Word and Excel.</source>
        <translation>Kod interviews, fokusgrupper og sagsakter; sammenlign grupper og runder; rapportér til Word og Excel.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="221"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nyt projekt…</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="222"/>
        <source>A new project file for your own material</source>
        <translation>En ny projektfil til dit eget materiale</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="223"/>
        <source>&amp;Open project…</source>
        <translation>Å&amp;bn projekt…</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="224"/>
        <source>A project file on this computer</source>
        <translation>En projektfil på denne computer</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="225"/>
        <source>Open &amp;demo project</source>
        <translation>Åbn &amp;demoprojekt</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="226"/>
        <source>Nine invented Danish transcripts, two coders</source>
        <translation>Ni opdigtede danske transskriptioner, to kodere</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="227"/>
        <source>Recent projects</source>
        <translation>Seneste projekter</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="228"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="228"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="228"/>
        <source>Last opened</source>
        <translation>Senest åbnet</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="229"/>
        <source>The projects you open will be listed here.</source>
        <translation>De projekter, du åbner, bliver vist her.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="230"/>
        <source>&amp;Remove from list</source>
        <translation>&amp;Fjern fra listen</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="231"/>
        <source>Remove from list</source>
        <translation>Fjern fra listen</translation>
    </message>
</context>
<context>
    <name>TeamProjectDialog</name>
    <message>
        <location filename="../team_dialog.py" line="49"/>
        <source>Open team project</source>
        <translation>Åbn teamprojekt</translation>
    </message>
    <message>
        <location filename="../team_dialog.py" line="51"/>
        <source>db.example.org, or a socket folder</source>
        <translation>db.example.org eller en socket-mappe</translation>
    </message>
    <message>
        <location filename="../team_dialog.py" line="60"/>
        <source>empty: the remembered one, or ~/.pgpass</source>
        <translation>tom: den gemte eller ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../team_dialog.py" line="61"/>
        <source>&amp;Remember the password in the system&apos;s keyring</source>
        <translation>&amp;Husk adgangskoden i systemets nøglering</translation>
    </message>
    <message>
        <location filename="../team_dialog.py" line="64"/>
        <source>No keyring is available on this computer, so the password cannot be remembered. A ~/.pgpass file works instead.</source>
        <translation>Der er ingen nøglering på denne computer, så adgangskoden kan ikke huskes. En ~/.pgpass-fil kan bruges i stedet.</translation>
    </message>
    <message>
        <location filename="../team_dialog.py" line="74"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../team_dialog.py" line="75"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../team_dialog.py" line="76"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../team_dialog.py" line="77"/>
        <source>&amp;User:</source>
        <translation>&amp;Bruger:</translation>
    </message>
    <message>
        <location filename="../team_dialog.py" line="78"/>
        <source>Pass&amp;word:</source>
        <translation>Adgangs&amp;kode:</translation>
    </message>
    <message>
        <location filename="../team_dialog.py" line="84"/>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location filename="../team_dialog.py" line="153"/>
        <source>Password not remembered</source>
        <translation>Adgangskoden er ikke gemt</translation>
    </message>
    <message>
        <location filename="../team_dialog.py" line="154"/>
        <source>No keyring is available on this computer; the password was not kept.</source>
        <translation>Der er ingen nøglering på denne computer; adgangskoden blev ikke gemt.</translation>
    </message>
</context>
<context>
    <name>TeamWatch</name>
    <message>
        <location filename="../team_watch.py" line="80"/>
        <source>Someone else changed this meanwhile; your redo was not applied.</source>
        <translation>En anden har ændret dette i mellemtiden; din gentagelse blev ikke udført.</translation>
    </message>
    <message>
        <location filename="../team_watch.py" line="83"/>
        <source>Someone else changed this meanwhile; your undo was not applied.</source>
        <translation>En anden har ændret dette i mellemtiden; din fortrydelse blev ikke udført.</translation>
    </message>
</context>
<context>
    <name>TextScopeEditor</name>
    <message>
        <location filename="../query_scope.py" line="26"/>
        <source>Only these documents (none: all):</source>
        <translation>Kun disse dokumenter (ingen: alle):</translation>
    </message>
    <message>
        <location filename="../query_scope.py" line="27"/>
        <source>Only what these speakers say:</source>
        <translation>Kun det, disse talere siger:</translation>
    </message>
    <message>
        <location filename="../query_scope.py" line="28"/>
        <source>Only the text of these cases:</source>
        <translation>Kun teksten fra disse sager:</translation>
    </message>
    <message>
        <location filename="../query_scope.py" line="29"/>
        <source>Only passages coded with:</source>
        <translation>Kun tekststykker kodet med:</translation>
    </message>
    <message>
        <location filename="../query_scope.py" line="31"/>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../query_scope.py" line="32"/>
        <source>Speakers</source>
        <translation>Talere</translation>
    </message>
    <message>
        <location filename="../query_scope.py" line="33"/>
        <source>Cases</source>
        <translation>Sager</translation>
    </message>
    <message>
        <location filename="../query_scope.py" line="34"/>
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
</context>
<context>
    <name>WordsPanel</name>
    <message>
        <location filename="../query_text_panels.py" line="53"/>
        <source>Count inflected forms under their lemma</source>
        <translation>Tæl bøjningsformer under deres lemma</translation>
    </message>
    <message>
        <location filename="../query_text_panels.py" line="55"/>
        <source>Leave out the language&apos;s stop words</source>
        <translation>Udelad sprogets stopord</translation>
    </message>
    <message>
        <location filename="../query_text_panels.py" line="58"/>
        <source>også, altså, fx</source>
        <translation>også, altså, fx</translation>
    </message>
    <message>
        <location filename="../query_text_panels.py" line="59"/>
        <source>From file…</source>
        <translation>Fra fil…</translation>
    </message>
    <message>
        <location filename="../query_text_panels.py" line="70"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../query_text_panels.py" line="73"/>
        <source>Language:</source>
        <translation>Sprog:</translation>
    </message>
    <message>
        <location filename="../query_text_panels.py" line="76"/>
        <source>Own stop words:</source>
        <translation>Egne stopord:</translation>
    </message>
    <message>
        <location filename="../query_text_panels.py" line="77"/>
        <source>Shortest word:</source>
        <translation>Korteste ord:</translation>
    </message>
    <message>
        <location filename="../query_text_panels.py" line="78"/>
        <source>Most frequent:</source>
        <translation>Hyppigste:</translation>
    </message>
    <message>
        <location filename="../query_text_panels.py" line="85"/>
        <source>Word frequency</source>
        <translation>Ordfrekvens</translation>
    </message>
    <message>
        <location filename="../query_text_panels.py" line="138"/>
        <source>Stop words</source>
        <translation>Stopord</translation>
    </message>
    <message>
        <location filename="../query_text_panels.py" line="138"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Tekstfiler (*.txt);;Alle filer (*)</translation>
    </message>
</context>
</TS>
