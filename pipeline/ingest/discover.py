"""Find the raw files to process and assign each to a shard."""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

# Editor, OS and download leftovers: skipped and counted, never rejected.
LEFTOVER_SUFFIXES = (".swp", ".swo", ".tmp", ".part", ".crdownload", ".download", "~")
LEFTOVER_NAMES = {"Thumbs.db", "desktop.ini"}


@dataclass(frozen=True)
class RawFile:
    rel_path: str  # POSIX path relative to the raw folder: the article's identity
    path: Path
    size: int
    mtime_ns: int
    outside_link: bool = False  # a symlink resolving outside the raw folder: rejected, never read
    special: bool = False  # a FIFO, socket or device: rejected, never opened (reading could hang)


@dataclass(frozen=True)
class Discovery:
    files: list[RawFile]
    skipped: list[str]  # leftovers, by relative path


def is_leftover(name: str) -> bool:
    return name.startswith(".") or name in LEFTOVER_NAMES or name.endswith(LEFTOVER_SUFFIXES)


def shard_of(rel_path: str, shards: int) -> str:
    """Stable across runs, machines and Python versions (unlike hash())."""
    digest = hashlib.sha1(rel_path.encode("utf-8")).digest()
    return shard_name(int.from_bytes(digest[:4], "big") % shards)


def shard_name(index: int) -> str:
    return f"shard-{index:02d}"


def discover(raw_dir: str | Path) -> Discovery:
    root = Path(raw_dir).resolve()
    files: list[RawFile] = []
    skipped: list[str] = []
    if not root.is_dir():
        return Discovery(files, skipped)
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = Path(dirpath) / name
            rel = path.relative_to(root).as_posix()
            if is_leftover(name):
                skipped.append(rel)
                continue
            files.append(_describe(root, path, rel))
    return Discovery(files, skipped)


def _describe(root: Path, path: Path, rel: str) -> RawFile:
    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(root) or not target.is_file():
            return RawFile(rel, path, 0, 0, outside_link=True)
    try:
        st = path.stat()
    except OSError:  # vanished between listing and stat: the read step rejects it
        return RawFile(rel, path, 0, 0)
    return RawFile(rel, path, st.st_size, st.st_mtime_ns, special=not stat.S_ISREG(st.st_mode))
