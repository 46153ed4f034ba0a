"""Durable file writes and the build lock.

Everything the project writes for the user goes through a unique temp file in
the target's folder, fsync, rename, and an fsync of the folder, so a crash at
any moment leaves either the old file or the new one, never a torn one.
"""
from __future__ import annotations

from contextlib import contextmanager
import errno
import fcntl
import logging
import os
from pathlib import Path
import secrets

log = logging.getLogger(__name__)


def fsync_dir(path: str | os.PathLike) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_name(path: Path) -> Path:
    """``.NAME.PID.RANDOM.tmp`` beside ``path``: unique, and recognisably ours."""
    return path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")


def stale_temps(path: Path) -> list[Path]:
    """Temp files of earlier writes of ``path`` whose writer is no longer running."""
    out = []
    for p in path.parent.glob(f".{path.name}.*.tmp"):
        parts = p.name[len(path.name) + 2:].split(".")
        if len(parts) == 3 and parts[0].isdigit() and not pid_alive(int(parts[0])):
            out.append(p)
    return out


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except OSError as e:
        return e.errno == errno.EPERM
    return True


def why_unwritable(folder: str | os.PathLike) -> str | None:
    """Why files cannot be made in ``folder`` (or in the folders that would be made for it), or None:
    asked before a long run, not found at its end."""
    try:
        folder = at = Path(folder).absolute()
        while not at.is_dir():
            if at.exists() or at.is_symlink():
                return f"{at} is a file, not a folder"
            at = at.parent
        if not os.access(at, os.W_OK | os.X_OK):
            return "permission denied" + ("" if at == folder else f" in {at}")
    except OSError as e:
        return e.strerror or str(e)
    return None


def is_full(folder: str | os.PathLike) -> bool:
    """Whether the file system holding ``folder`` has no room left for a small file (SQLite's -shm index
    wants 32 KiB): what a 'disk I/O error' on opening a database there means."""
    try:
        st = os.statvfs(folder)
    except OSError:
        return False
    return st.f_bavail * st.f_frsize < 64 * 1024


def replace_durably(tmp: Path, path: Path) -> None:
    """fsync ``tmp``, rename it over ``path``, fsync the folder."""
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    fsync_dir(path.parent)


@contextmanager
def replacing(path: str | os.PathLike):
    """A temp path beside ``path`` for writers that want a file name (pandas, openpyxl):
    when the block ends it becomes ``path`` durably; if the block fails it is removed."""
    path = Path(path)
    tmp = temp_name(path)
    try:
        yield tmp
        replace_durably(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_bytes(path: str | os.PathLike, data: bytes) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with replacing(path) as tmp:
        tmp.write_bytes(data)


class Busy(Exception):
    """Another process holds the lock."""


_held: set[int] = set()  # lock fds this process holds


def _drop_inherited_locks() -> None:
    """In a forked child (a pool worker): close the parent's lock fds.  flock belongs to the open file,
    which a fork shares, so a worker outliving a killed build held its lock, and every later build
    waited for ever on a pid that had ended."""
    for fd in list(_held):
        try:
            os.close(fd)
        except OSError:
            pass
    _held.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_drop_inherited_locks)


def build_holding(path: str | os.PathLike) -> str | None:
    """The pid of the build holding ``PATH.lock`` now (as ``exclusive`` takes it), or None: no build is running."""
    lock = Path(f"{path}.lock")
    try:
        fd = os.open(lock, os.O_RDONLY)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
        except OSError:
            return None
        return None  # (ours for a moment; closing drops it)
    finally:
        os.close(fd)


@contextmanager
def exclusive(path: str | os.PathLike, wait: bool = True, on_wait=None):
    """Hold ``PATH.lock`` (flock, with the holder's pid written inside) for the block.

    The kernel drops the lock when its holder dies, so a lock left by a killed
    build is taken over at once; the file itself is left in place (removing it
    would race with a waiting process).
    """
    lock = Path(f"{path}.lock")
    lock.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if (holder := _holder(fd)) is not None:
            if holder.isdigit() and not pid_alive(int(holder)):
                raise Busy(f"{path}: {lock} is locked, but by pid {holder}, which has ended: a process it left"
                           f" behind holds the lock (find it with `fuser {lock}`, stop it, and build again)")
            if not wait:
                raise Busy(f"{path} is being written by another build (pid {holder}, lock {lock})")
            if on_wait:
                on_wait(holder, lock)
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        _held.add(fd)
        yield lock
    finally:
        _held.discard(fd)
        os.close(fd)  # closing releases the flock


def _holder(fd: int) -> str | None:
    """Take the lock at once (None), or the pid written in it by the process holding it.  A pid that has
    ended is read again for a moment: a new holder writes its own just after taking the lock."""
    import time

    for _ in range(10):
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return None
        except BlockingIOError:
            pass
        holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
        if not holder.isdigit() or pid_alive(int(holder)):
            return holder
        time.sleep(0.1)
    return holder
