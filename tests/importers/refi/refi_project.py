"""A REFI-QDA project with one of everything Tekstur imports, as NVivo or a standard producer."""

from __future__ import annotations

import codecs

from tests.importers.refi.refi_files import (
    C_FOLDER,
    C_MISTILLID,
    C_OEKONOMI,
    C_TILLID,
    CASE1,
    CASE2,
    CASE_VALUES,
    INTERVIEW,
    LEADER,
    LINK_CASE,
    LINK_KEPT,
    NOTES,
    NS,
    RELATIVE,
    REPORT,
    S1,
    S2,
    S3,
    S4,
    S5,
    S6,
    S7,
    SET1,
    TRANSCRIPT,
    U1,
    U2,
    VARS,
    Built,
    coding,
    note_ref,
    producer_span,
    selection,
)


def _values(pairs: dict[str, tuple[str, str]]) -> str:
    return "".join(
        f'<VariableValue><VariableRef targetGUID="{VARS[name][1]}"/>'
        f"<{tag}>{value}</{tag}></VariableValue>"
        for name, (tag, value) in pairs.items()
    )


def _interview(utf16: bool) -> str:
    def at(phrase: str) -> tuple[int, int]:
        return producer_span(INTERVIEW, phrase, utf16)

    good = at("Godt 🙂 – jeg er glad for praktikken.")
    return (
        f'<TextSource guid="{S1}" name="Interview R1 æøå" '
        f'plainTextPath="internal://{S1.upper()}.txt"><Description>Første runde</Description>'
        + selection(
            "5e100000-0000-4000-8000-000000000001",
            good,
            coding("c0d10000-0000-4000-8000-000000000001", C_TILLID, U1)
            + coding("c0d10000-0000-4000-8000-000000000002", C_OEKONOMI, U2),
        )
        # NVivo writes one selection per coding: the same span again.
        + selection(
            "5e100000-0000-4000-8000-000000000002",
            good,
            coding("c0d10000-0000-4000-8000-000000000003", C_MISTILLID, U2),
        )
        + selection(
            "5e100000-0000-4000-8000-000000000003",
            at("Søren sagde cafe\u0301 😀"),
            coding("c0d10000-0000-4000-8000-000000000004", C_TILLID, U1, note_ref("coding")),
            note_ref("span"),
        )
        + selection(
            "5e100000-0000-4000-8000-000000000004",
            at("Tak 👍🏽 for i dag."),
            coding("c0d10000-0000-4000-8000-000000000005", C_OEKONOMI, U1),
        )
        + note_ref("source")
        + _values({"Runde": ("TextValue", "R1")})
        + "</TextSource>"
    )


def full_project(origin: str = "MAXQDA 24", utf16: bool = False) -> Built:
    """The project; positions counted as ``origin`` counts them (``utf16`` for NVivo)."""
    leader = producer_span(LEADER, "Færre sager giver tid.", utf16)
    report = producer_span(REPORT, "🧾 Færre sager", utf16)
    relative = producer_span(RELATIVE, "aftale om opfølgning", utf16)
    transcript = producer_span(TRANSCRIPT, "Jeg hedder Åse 😊", utf16)
    sources = (
        _interview(utf16)
        + f'<TextSource guid="{S2}" name="Interview R1 æøå"><PlainTextContent>{LEADER}'
        "</PlainTextContent>"
        + selection(
            "5e100000-0000-4000-8000-000000000005",
            leader,
            coding("c0d10000-0000-4000-8000-000000000006", C_TILLID, U2),
        )
        + "</TextSource>"
        + f'<PDFSource guid="{S3}" name="Rapport.pdf" path="internal://{S3}.pdf">'
        '<PDFSelection guid="5e100000-0000-4000-8000-000000000009" page="1" firstX="1" '
        'firstY="1" secondX="9" secondY="9">'
        + coding("c0d10000-0000-4000-8000-000000000009", C_TILLID, U1)
        + f'</PDFSelection><Representation guid="{S3[:-1]}9">'
        f"<PlainTextContent>{REPORT}</PlainTextContent>"
        + selection(
            "5e100000-0000-4000-8000-000000000006",
            report,
            coding("c0d10000-0000-4000-8000-000000000007", C_OEKONOMI, U1),
        )
        + "</Representation></PDFSource>"
        + f'<AudioSource guid="{S4}" name="Lyd.m4a" path="relative:///lyd.m4a">'
        f'<Transcript guid="{S4[:-1]}8"><PlainTextContent>{TRANSCRIPT}</PlainTextContent>'
        f'<SyncPoint guid="{S4[:-1]}a" position="{transcript[0]}" timeStamp="1000"/>'
        f'<SyncPoint guid="{S4[:-1]}b" position="{transcript[1]}" timeStamp="4000"/>'
        f'<TranscriptSelection guid="5e100000-0000-4000-8000-000000000007" '
        f'fromSyncPoint="{S4[:-1]}a" toSyncPoint="{S4[:-1]}b">'
        + coding("c0d10000-0000-4000-8000-000000000008", C_MISTILLID, U2)
        + '</TranscriptSelection></Transcript><AudioSelection guid="5e100000-0000-4000-8000-'
        '00000000000a" begin="0" end="900"/></AudioSource>'
        + f'<PictureSource guid="{S5}" name="Tegning.jpg" path="internal://{S5}.jpg"/>'
        + f'<TextSource guid="{S6}" name="Noter" plainTextPath="relative:///noter.txt">'
        + selection(
            "5e100000-0000-4000-8000-000000000008",
            relative,
            coding("c0d10000-0000-4000-8000-00000000000a", C_TILLID, U1),
        )
        + "</TextSource>"
        + f'<TextSource guid="{S7}" name="Mangler" plainTextPath="internal://{S7}.txt"/>'
    )
    notes = "".join(
        f'<Note guid="{guid}" name="Note {name}" creatingUser="{U1}">'
        f"<PlainTextContent>Notat om {name}: æøå 🙂</PlainTextContent></Note>"
        for name, guid in NOTES.items()
    )
    variables = "".join(
        f'<Variable guid="{guid}" name="{name}" typeOfVariable="{kind}"/>'
        for name, (kind, guid) in VARS.items()
    )
    xml = (
        f'<?xml version="1.0" encoding="utf-8"?><Project xmlns="{NS}" name="Forsøg æøå" '
        f'origin="{origin}" creatingUserGUID="{U1}" creationDateTime="2024-05-01T08:00:00Z">'
        f'<Users><User guid="{U1}" name="Åse Ærø"/><User guid="{U2}" name="Bjørn"/></Users>'
        f'<CodeBook><Codes><Code guid="{C_FOLDER}" name="Temaer" isCodable="false">'
        f'<Code guid="{C_TILLID}" name="Tillid" isCodable="true" color="#FF0000">'
        f"<Description>Borgerens tillid</Description>{note_ref('code')}</Code>"
        f'<Code guid="{C_MISTILLID}" name="Mistillid" isCodable="true"/></Code>'
        f'<Code guid="{C_OEKONOMI}" name="Økonomi" isCodable="true" color="#0a0"/>'
        f"</Codes></CodeBook><Variables>{variables}</Variables>"
        f'<Cases><Case guid="{CASE1}" name="Borger Søren"><Description>Deltager</Description>'
        f'{_values(CASE_VALUES)}<SourceRef targetGUID="{S1}"/>'
        '<SelectionRef targetGUID="5e100000-0000-4000-8000-000000000004"/></Case>'
        f'<Case guid="{CASE2}" name="Leder"><VariableValue><VariableRef '
        f'targetGUID="{VARS["Rolle"][1]}"/><TextValue>Leder</TextValue></VariableValue>'
        f'<SourceRef targetGUID="{S2}"/></Case></Cases>'
        f"<Sources>{sources}</Sources><Notes>{notes}</Notes>"
        f'<Links><Link guid="{LINK_KEPT}" name="handler om" direction="OneWay" '
        f'originGUID="{NOTES["project"]}" targetGUID="{S1}"/>'
        f'<Link guid="{LINK_CASE}" name="Memo" direction="OneWay" '
        f'originGUID="{NOTES["case"]}" targetGUID="{CASE1}"/></Links>'
        f'<Sets><Set guid="{SET1}" name="Udvalgte"><MemberCode targetGUID="{C_TILLID}"/>'
        f'<MemberSource targetGUID="{S1}"/><MemberSource targetGUID="{S5}"/>'
        f'<MemberNote targetGUID="{NOTES["free"]}"/></Set></Sets>'
        f"<Description>Et forsøg med færre sager</Description>{note_ref('project')}</Project>"
    )
    files = {f"{S1.upper()}.txt": codecs.BOM_UTF8 + INTERVIEW.encode("utf-8")}
    return Built(xml, files)


def relative_file_text() -> bytes:
    """The text of the source found by its relative path, beside the ``.qdpx``."""
    return RELATIVE.encode("utf-8")
