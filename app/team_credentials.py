"""Where a team project lives, and its password kept only in the system's keyring.

A :class:`TeamAddress` is a PostgreSQL project without its password: server (a host name, or
the folder holding the server's Unix socket), port, database and user. Its URL is what
settings keep. A password is never written anywhere by Tekstur except the keyring (the
``keyring`` package: the desktop's secret service, macOS Keychain, Windows Credential
Locker); libpq's own ``~/.pgpass`` applies as always when no password is given.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url

KEYRING_SERVICE = "Tekstur"
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class TeamAddress:
    """A team project's server, port, database and user (never its password)."""

    host: str
    port: int
    database: str
    user: str

    @property
    def uses_socket(self) -> bool:
        """True when ``host`` is the folder of the server's Unix socket."""
        return self.host.startswith("/")

    def url(self, password: str | None = None) -> str:
        """The ``postgresql://`` URL; with ``password`` only for opening, never for keeping."""
        return URL.create(
            "postgresql",
            username=self.user,
            password=password or None,
            host=None if self.uses_socket else self.host,
            port=self.port,
            database=self.database,
            query={"host": self.host} if self.uses_socket else {},
        ).render_as_string(hide_password=False)

    @property
    def keyring_name(self) -> str:
        """The name the password is kept under in the keyring."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @classmethod
    def from_url(cls, url: str) -> TeamAddress:
        """The address in a ``postgresql://`` URL (its password, if any, is dropped)."""
        parsed = make_url(url)
        socket = parsed.query.get("host")
        host = socket if isinstance(socket, str) else (parsed.host or "")
        return cls(host, parsed.port or DEFAULT_PORT, parsed.database or "", parsed.username or "")


def keyring_available() -> bool:
    """Whether the system offers a keyring to keep passwords in."""
    import keyring
    from keyring.backends import fail, null

    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration is as good as none
        return False
    return not isinstance(backend, fail.Keyring | null.Keyring)


def stored_password(address: TeamAddress) -> str | None:
    """The password kept for ``address``, or None (none kept, or no keyring)."""
    import keyring
    from keyring.errors import KeyringError

    if not keyring_available():
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, address.keyring_name)
    except KeyringError:
        return None


def remember_password(address: TeamAddress, password: str) -> bool:
    """Keep ``password`` in the keyring; False when there is no keyring to keep it in."""
    import keyring
    from keyring.errors import KeyringError

    if not keyring_available():
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, address.keyring_name, password)
    except KeyringError:
        return False
    return True


def forget_password(address: TeamAddress) -> None:
    """Remove the password kept for ``address`` (nothing happens when none is kept)."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    if not keyring_available():
        return
    try:
        keyring.delete_password(KEYRING_SERVICE, address.keyring_name)
    except (PasswordDeleteError, KeyringError):
        return
