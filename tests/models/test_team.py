"""Team projects on PostgreSQL: announcements on commit, origins, version checks, and several
people coding the same project at the same moment."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from sqlalchemy import func, select

from models import Code, Coding
from models.changes import ChangeRecorder
from models.commands import (
    AddCodings,
    AddDocument,
    Batch,
    CodingSpan,
    CommandError,
    CreateCode,
    EnsureCoder,
    MergeCodes,
    MoveCode,
    ResizeCoding,
    UndoStack,
    UpdateCode,
    apply_command,
)
from models.commands.code_versions import SeenCode
from models.database import ProjectDatabase, ProjectLocation, create_project
from models.team import ChangeListener, TeamChange, announce_changes, origin_id
from tests.pg_server import ThrowawayPostgres

pytestmark = pytest.mark.postgres

TEXT = "Borger: Jeg har tillid til min sagsbehandler 😀.\nSagsbehandler: Godt, æøå og å."
WAIT = 5.0  # seconds a listener waits for an announcement that must come


@dataclass
class Team:
    """One project opened twice, as two people's windows open it, and a listener."""

    url: str
    ane: ProjectDatabase
    soren: ProjectDatabase
    listener: ChangeListener
    document: int
    code: int
    coder_ane: int
    coder_soren: int


@pytest.fixture
def team(postgres: ThrowawayPostgres) -> Iterator[Team]:
    url = postgres.create_database()
    ane = create_project(url, name="Forsøg med lavere sagsantal")
    soren = ProjectDatabase(ProjectLocation.parse(url))
    add = AddDocument("Interview æøå", TEXT)
    code = CreateCode("Tillid")
    apply_command(ane, Batch("setup", [add, code]))
    coders = [EnsureCoder("Ane"), EnsureCoder("Søren")]
    for coder in coders:
        apply_command(ane, coder)
    listener = ChangeListener(url, retry_seconds=0)
    assert add.document_id and code.code_id and coders[0].coder_id and coders[1].coder_id
    yield Team(
        url,
        ane,
        soren,
        listener,
        add.document_id,
        code.code_id,
        coders[0].coder_id,
        coders[1].coder_id,
    )
    listener.close()
    ane.close()
    soren.close()
    postgres.drop_database(url)


def wait_for_changes(listener: ChangeListener, count: int = 1) -> list[TeamChange]:
    found: list[TeamChange] = []
    for _ in range(20):
        found += listener.poll(timeout=WAIT / 20)
        if len(found) >= count:
            break
    return found


def code_row(db: ProjectDatabase, code_id: int) -> tuple[str, int]:
    with db.read() as connection:
        row = connection.execute(select(Code.name, Code.version).where(Code.id == code_id)).one()
    return row[0], row[1]


def test_a_change_is_announced_on_commit_and_not_before(team: Team) -> None:
    with team.ane.write() as connection:
        tx = ChangeRecorder(connection)
        CreateCode("Mistillid").record(tx)
        announce_changes(team.ane, connection, tx.changes)
        assert team.listener.poll(timeout=0.3) == []  # not yet committed
    [change] = wait_for_changes(team.listener)
    assert change.tables == {"codes"}
    assert change.origin == origin_id(team.ane)


def test_a_rolled_back_command_is_not_announced(team: Team) -> None:
    with pytest.raises(CommandError):
        apply_command(team.ane, Batch("two", [CreateCode("Ny"), CreateCode("Ny")]))
    assert team.listener.poll(timeout=0.5) == []


def test_the_announcement_names_tables_documents_and_codes(team: Team) -> None:
    span = CodingSpan(team.document, team.code, team.coder_ane, 8, 14)
    add = AddCodings([span])
    apply_command(team.ane, add)
    [added] = wait_for_changes(team.listener)
    assert added.tables == {"codings"}
    assert added.document_ids == frozenset({team.document})
    assert added.code_ids == frozenset({team.code})
    # A resize records only start and end: the document and code are looked up.
    apply_command(team.ane, ResizeCoding(add.coding_ids[0], 8, 20))
    [resized] = wait_for_changes(team.listener)
    assert resized.document_ids == frozenset({team.document})
    assert resized.code_ids == frozenset({team.code})
    assert resized.touches_document(team.document)
    assert not resized.touches_document(team.document + 1)


def test_many_codes_are_announced_as_all(team: Team) -> None:
    apply_command(team.ane, Batch("many", [CreateCode(f"Kode {n} æøå") for n in range(120)]))
    [change] = wait_for_changes(team.listener)
    assert change.code_ids is None
    assert change.touches_document(team.document)


def test_each_open_project_signs_with_its_own_origin(team: Team) -> None:
    assert origin_id(team.ane) != origin_id(team.soren)
    apply_command(team.soren, UpdateCode(team.code, color="#123456"))
    apply_command(team.ane, UpdateCode(team.code, description="Tiltro til systemet"))
    changes = wait_for_changes(team.listener, 2)
    assert [c.origin for c in changes] == [origin_id(team.soren), origin_id(team.ane)]
    others = [c for c in changes if c.origin != origin_id(team.ane)]
    assert len(others) == 1 and others[0].code_ids == frozenset({team.code})


def test_undo_and_redo_are_announced_too(team: Team) -> None:
    stack = UndoStack(team.ane)
    stack.push(UpdateCode(team.code, name="Tiltro"))
    stack.undo()
    stack.redo()
    changes = wait_for_changes(team.listener, 3)
    assert len(changes) == 3
    assert all(c.code_ids == frozenset({team.code}) for c in changes)


def test_payloads_round_trip_and_foreign_ones_are_ignored() -> None:
    change = TeamChange("abc", frozenset({"codings"}), frozenset({1, 2}), None)
    assert TeamChange.from_payload(change.to_payload()) == change
    assert TeamChange.from_payload("not json") is None
    assert TeamChange.from_payload('{"origin": "x"}') is None


def test_a_rename_based_on_an_old_view_is_refused(team: Team) -> None:
    name, version = code_row(team.ane, team.code)
    seen = SeenCode(version, name)
    apply_command(team.soren, UpdateCode(team.code, name="Tiltro", seen=seen))
    assert code_row(team.ane, team.code) == ("Tiltro", 2)
    message = "'Tillid' was renamed to 'Tiltro' by someone else meanwhile; nothing was changed"
    with pytest.raises(CommandError, match=message):
        apply_command(team.ane, UpdateCode(team.code, name="Tryghed", seen=seen))
    assert code_row(team.ane, team.code) == ("Tiltro", 2)
    current = SeenCode(2, "Tiltro")
    apply_command(team.ane, UpdateCode(team.code, name="Tryghed", seen=current))
    assert code_row(team.ane, team.code) == ("Tryghed", 3)


def test_moves_and_merges_check_the_version_too(team: Team) -> None:
    parent = CreateCode("Borgerrelationer")
    other = CreateCode("Samarbejde")
    apply_command(team.ane, Batch("codes", [parent, other]))
    assert parent.code_id and other.code_id
    old = SeenCode(1, "Tillid")
    apply_command(team.soren, UpdateCode(team.code, color="#aa0000", seen=old))
    with pytest.raises(CommandError, match="'Tillid' was changed by someone else meanwhile"):
        apply_command(team.ane, MoveCode(team.code, parent.code_id, seen=old))
    with pytest.raises(CommandError, match="was changed by someone else"):
        apply_command(team.ane, MergeCodes(other.code_id, team.code, seen_target=old))
    apply_command(team.ane, MoveCode(team.code, parent.code_id, seen=SeenCode(2, "Tillid")))
    assert code_row(team.ane, team.code) == ("Tillid", 3)
    merge = MergeCodes(other.code_id, team.code, seen_source=SeenCode(1, "Samarbejde"))
    apply_command(team.soren, merge)
    assert code_row(team.ane, team.code) == ("Tillid", 4)
    with pytest.raises(CommandError, match="'Samarbejde' was deleted by someone else"):
        apply_command(team.ane, UpdateCode(other.code_id, name="X", seen=SeenCode(1, "Samarbejde")))


def test_undo_over_someone_elses_change_is_refused_whole(team: Team) -> None:
    stack = UndoStack(team.ane)
    stack.push(UpdateCode(team.code, name="Tiltro"))
    apply_command(team.soren, UpdateCode(team.code, color="#00aa00"))
    with pytest.raises(CommandError) as refused:
        stack.undo()
    assert "changed by someone else" in str(refused.value)
    assert code_row(team.ane, team.code) == ("Tiltro", 3)
    assert stack.undo_label is not None  # the step stays, for a later try


def test_two_people_renaming_at_once_cannot_both_pass(team: Team) -> None:
    seen = SeenCode(1, "Tillid")
    results: list[str] = []
    barrier = threading.Barrier(2)

    def rename(db: ProjectDatabase, name: str) -> None:
        barrier.wait()
        try:
            apply_command(db, UpdateCode(team.code, name=name, seen=seen))
            results.append(name)
        except CommandError:
            results.append("refused")

    threads = [
        threading.Thread(target=rename, args=(db, name))
        for db, name in ((team.ane, "Tiltro"), (team.soren, "Tryghed"))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results)[-1] == "refused" and len(set(results)) == 2
    name, version = code_row(team.ane, team.code)
    assert version == 2 and name in results


def test_codings_added_at_once_by_two_people_all_land(team: Team) -> None:
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def code_everything(db: ProjectDatabase, coder: int) -> None:
        barrier.wait()
        try:
            for start in range(40):
                span = CodingSpan(team.document, team.code, coder, start, start + 5)
                apply_command(db, AddCodings([span]))
                if start == 20:
                    apply_command(db, UpdateCode(team.code, description=f"af {coder}"))
        except BaseException as error:
            errors.append(error)

    threads = [
        threading.Thread(target=code_everything, args=(db, coder))
        for db, coder in ((team.ane, team.coder_ane), (team.soren, team.coder_soren))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with team.ane.read() as connection:
        counts = dict(
            connection.execute(
                select(Coding.coder_id, func.count(func.distinct(Coding.start))).group_by(
                    Coding.coder_id
                )
            ).all()
        )
    assert counts == {team.coder_ane: 40, team.coder_soren: 40}


def test_the_listener_comes_back_after_a_dropped_connection(
    team: Team, postgres: ThrowawayPostgres
) -> None:
    pid = team.listener.backend_pid()
    with psycopg.connect(host=str(postgres.socket_dir), user="postgres", autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    assert team.listener.poll(timeout=1.0) == []
    assert not team.listener.connected
    [everything] = team.listener.poll()
    assert everything.document_ids is None and "codings" in everything.tables
    assert team.listener.backend_pid() != pid
    apply_command(team.soren, CreateCode("Efter genforbindelse"))
    [change] = wait_for_changes(team.listener)
    assert change.origin == origin_id(team.soren)
