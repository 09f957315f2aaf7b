"""Read a raw file's bytes safely: size limit, no escaping symlinks, no torn reads."""

from __future__ import annotations

import hashlib

from pipeline.ingest.discover import RawFile
from pipeline.ingest.errors import Rejected


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_bytes(raw: RawFile, max_bytes: int) -> bytes:
    if raw.outside_link:
        raise Rejected("outside_link", "The file is a symbolic link to something outside the raw folder; it was not followed.")
    if raw.special:
        raise Rejected("not_a_file", "The path is a pipe, socket or device, not a file; it was not opened.")
    try:
        before = raw.path.stat()
        if before.st_size > max_bytes:
            raise Rejected(
                "too_large",
                f"The file is {before.st_size:,} bytes, over the limit of {max_bytes:,} bytes (PIPELINE_MAX_FILE_BYTES).",
            )
        with open(raw.path, "rb") as handle:
            data = handle.read(max_bytes + 1)
        after = raw.path.stat()
    except FileNotFoundError:
        raise Rejected("vanished", "The file disappeared while it was being read.") from None
    except IsADirectoryError:
        raise Rejected("unreadable", "The path is not a regular file.") from None
    except OSError as error:
        raise Rejected("unreadable", f"The file could not be read: {error.strerror or error}.") from None
    if len(data) > max_bytes:
        raise Rejected("too_large", f"The file grew past the limit of {max_bytes:,} bytes while it was read.")
    if (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns) or len(data) != after.st_size:
        raise Rejected("changed_while_read", "The file changed while it was being read; it will be read again on the next run.")
    return data
