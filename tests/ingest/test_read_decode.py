import codecs

import pytest

from pipeline.ingest.decode import decode
from pipeline.ingest.discover import RawFile
from pipeline.ingest.errors import Rejected
from pipeline.ingest.read import read_bytes


def raw_file(path):
    st = path.stat()
    return RawFile(path.name, path, st.st_size, st.st_mtime_ns)


def test_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 100)
    with pytest.raises(Rejected) as error:
        read_bytes(raw_file(path), max_bytes=10)
    assert error.value.code == "too_large"


def test_vanished_file(tmp_path):
    path = tmp_path / "gone.txt"
    path.write_text("x")
    raw = raw_file(path)
    path.unlink()
    with pytest.raises(Rejected) as error:
        read_bytes(raw, 1000)
    assert error.value.code == "vanished"


@pytest.mark.parametrize("data, code", [
    (b"", "empty"), (b"  \n\t ", "empty"), (b"%PDF-1.7 ...", "binary"), (b"PK\x03\x04zip", "binary"),
    (b"\x89PNG\r\n", "binary"), (b"abc\x00\x01\x02\x00def", "binary"),
])
def test_bad_bytes_are_rejected_with_a_code(data, code):
    with pytest.raises(Rejected) as error:
        decode(data)
    assert error.value.code == code and error.value.reason


@pytest.mark.parametrize("data", [
    "Caf\u00e9 “quoted” text".encode("utf-8"),
    codecs.BOM_UTF8 + "Caf\u00e9 “quoted” text".encode("utf-8"),
    "Caf\u00e9 “quoted” text".encode("utf-16"),
    "Caf\u00e9 “quoted” text".encode("cp1252"),
])
def test_encodings_decode_to_the_same_text(data):
    assert decode(data) == "Caf\u00e9 “quoted” text"


def test_latin1_and_line_endings():
    assert decode("Se\u00f1or\r\nline two\rthree".encode("latin-1")) == "Se\u00f1or\nline two\nthree"


def test_mojibake_is_repaired():
    assert decode("The caf\u00e9 said".encode("utf-8").decode("cp1252").encode("utf-8")) == "The caf\u00e9 said"


def test_file_changing_while_read_is_rejected(tmp_path, monkeypatch):
    import pipeline.ingest.read as read_module

    path = tmp_path / "growing.txt"
    path.write_text("A story that is still being written")
    raw = raw_file(path)

    def open_and_append(file, mode="r", *args, **kwargs):  # another program appends mid-read
        with open(file, "ab") as writer:
            writer.write(b" and more text arrives.")
        return open(file, mode, *args, **kwargs)

    monkeypatch.setattr(read_module, "open", open_and_append, raising=False)
    with pytest.raises(Rejected) as error:
        read_bytes(raw, 1000)
    assert error.value.code == "changed_while_read" and "next run" in error.value.reason


def test_undecodable_bytes_are_rejected():
    with pytest.raises(Rejected) as error:
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8A")  # a lone surrogate after a UTF-16 mark
    assert error.value.code == "undecodable"
