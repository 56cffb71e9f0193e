"""Text from PDF (``pypdf``) and DOCX (``python-docx``) files, and the names of formats we
know but do not read (so a spreadsheet is "unsupported format .xlsx", not "binary")."""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import zipfile
from dataclasses import dataclass

from detente.errors import InputError

PDF_SUFFIXES = {".pdf"}
DOCX_SUFFIXES = {".docx"}
UNSUPPORTED_SUFFIXES = {
    ".xlsx", ".xlsm", ".xls", ".ods", ".numbers",
    ".pptx", ".ppt", ".odp", ".key",
    ".odt", ".doc", ".rtf", ".pages", ".epub", ".wpd",
    ".zip", ".gz", ".bz2", ".xz", ".7z", ".tar", ".rar",
    ".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff", ".bmp", ".webp", ".heic",
    ".mp3", ".wav", ".m4a", ".mp4", ".mov", ".avi", ".mkv",
    ".exe", ".dll", ".so", ".bin", ".sqlite", ".db", ".duckdb", ".parquet",
}  # fmt: skip
# Parts that name an Office Open XML / OpenDocument file by its content.
_ZIP_KINDS = (
    ("word/document.xml", ".docx"),
    ("xl/workbook.xml", ".xlsx"),
    ("ppt/presentation.xml", ".pptx"),
)
_ODF_KINDS = {
    "application/vnd.oasis.opendocument.text": ".odt",
    "application/vnd.oasis.opendocument.spreadsheet": ".ods",
    "application/vnd.oasis.opendocument.presentation": ".odp",
}
_MAGIC = (
    (b"%PDF-", ".pdf"),
    (b"\xd0\xcf\x11\xe0", ".doc"),  # OLE2: old Word/Excel/PowerPoint
    (b"{\\rtf", ".rtf"),
    (b"\x89PNG", ".png"),
    (b"\xff\xd8\xff", ".jpg"),
    (b"GIF8", ".gif"),
    (b"\x1f\x8b", ".gz"),
)
logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf logs every repaired xref


@dataclass(frozen=True, slots=True)
class OfficeText:
    """Text of a PDF or DOCX file, with its own title and creation date when it has them."""

    text: str
    title: str = ""
    date: dt.date | None = None


def sniff(data: bytes) -> str | None:
    """The format suffix that ``data`` is, by its content, when it is one we know."""
    for magic, suffix in _MAGIC:
        if data.startswith(magic):
            return suffix
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
                if "mimetype" in names:
                    kind = archive.read("mimetype").decode("ascii", "replace").strip()
                    if kind in _ODF_KINDS:
                        return _ODF_KINDS[kind]
        except (zipfile.BadZipFile, OSError, KeyError):
            return ".zip"
        for part, suffix in _ZIP_KINDS:
            if part in names:
                return suffix
        return ".zip"
    return None


def _paragraphs(text: str) -> str:
    """Undo a PDF's hard line breaks: words split at line ends are joined, lines inside a
    paragraph become spaces, blank lines stay paragraph breaks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
    text = re.sub(r"(?<=[a-z])-\n(?=[a-z])", "", text)
    return re.sub(r"(?<!\n)\n(?!\n)", " ", text).strip()


def _pdf_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return None


def read_pdf(data: bytes) -> OfficeText:
    """The text of a PDF (compressed streams included), page after page."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError("PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata
        title = str(meta.title or "") if meta is not None else ""
        try:
            date = _pdf_date(meta.creation_date) if meta is not None else None
        except ValueError:
            date = None
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise InputError(f"unreadable PDF: {exc}") from None
    return OfficeText("\n\n".join(_paragraphs(p) for p in pages if p.strip()), title, date)


def read_docx(data: bytes) -> OfficeText:
    """The paragraphs and table cells of a DOCX file, in document order."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"unreadable DOCX: {exc}") from None
    parts: list[str] = [p.text for p in document.paragraphs if p.text.strip()]
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells if c.text.strip()]
            if cells:
                parts.append(" | ".join(dict.fromkeys(cells)))
    core = document.core_properties
    created = core.created
    return OfficeText(
        "\n\n".join(parts),
        core.title or "",
        created.date() if isinstance(created, dt.datetime) else None,
    )
