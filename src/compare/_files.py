"""Writing output files whole or not at all."""

from __future__ import annotations

import contextlib
import os
import secrets

__all__ = ["write_atomically"]

_ATTEMPTS = 100


def write_atomically(target: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``target``, then rename it into place.

    An interrupted run leaves the old file, or none, never half of a new one.

    Args:
        target: The file to write.
        data: Its new content.

    Raises:
        OSError: The file could not be written; the temporary file is removed.
    """
    path = os.fspath(target)
    directory, name = os.path.split(path)
    descriptor, temporary = _create_temporary(directory, name)
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _create_temporary(directory: str, name: str) -> tuple[int, str]:
    # os.open with mode 0o666 lets the umask decide the permissions, as for any new file (mkstemp would make the
    # report readable by its owner only).
    for _ in range(_ATTEMPTS):
        temporary = os.path.join(directory, f".{name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(
                temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666
            ), temporary
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name next to {os.path.join(directory, name)!r}")
