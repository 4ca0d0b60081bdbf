"""Reading a PDF as a person and a phone would: its text (poppler's pdftotext, in
reading order), its first page as an image (pdftoppm), and the QR codes on it (ZXing).

Poppler comes from Debian's poppler-utils (.ci/run installs it); without it these
tests skip, except in CI (SPORTELLO_REQUIRE_BROWSER), where they fail."""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

# Marks pdftotext writes around right-to-left and left-to-right runs; the isolates the
# site puts around times and numbers.
BIDI_MARKS = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


def require_poppler():
    if shutil.which("pdftotext") and shutil.which("pdftoppm"):
        return
    reason = "poppler-utils is not installed (apt-get install -y poppler-utils)"
    if os.environ.get("SPORTELLO_REQUIRE_BROWSER"):
        pytest.fail(reason)
    pytest.skip(reason)


def _run(command, data: bytes) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "card.pdf"
        source.write_bytes(data)
        return subprocess.run([*command, str(source), "-"], check=True, capture_output=True).stdout


def pdf_text(data: bytes) -> str:
    """The text in reading order, each printed line on a line (-layout keeps a table's
    rows whole), without bidi marks."""
    return _run(["pdftotext", "-layout", "-enc", "UTF-8"], data).decode().translate(BIDI_MARKS)


def page_count(data: bytes) -> int:
    return pdf_text(data).count("\f") or 1


def page_image(data: bytes, dpi: int = 150) -> Image.Image:
    """The first page, in grey, as a printer at `dpi` would put it on paper."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "card.pdf"
        source.write_bytes(data)
        command = ["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile"]
        subprocess.run([*command, str(source), str(Path(folder) / "page")], check=True)
        with Image.open(Path(folder) / "page.png") as image:
            return image.convert("L")


def ink(image: Image.Image) -> float:
    """The share of the page that is not white: 0 for a blank page."""
    histogram = image.histogram()
    dark = sum(histogram[:200])
    return dark / (image.width * image.height)


def qr_texts(image: Image.Image) -> list[str]:
    return [
        result.text
        for result in zxingcpp.read_barcodes(image)
        if result.format == zxingcpp.BarcodeFormat.QRCode
    ]


def in_order(text: str, parts: list[str]) -> bool:
    """Each part is found after the one before it."""
    position = 0
    for part in parts:
        found = text.find(part, position)
        if found < 0:
            return False
        position = found + len(part)
    return True


def arabic_extracted(text: str) -> str:
    """How pdftotext gives back Arabic-script words: it reverses the two letters of the
    lam-alef ligature (one glyph on the page, "لا" in the text) when it puts the line
    back in reading order, so "الاندماج" reads "االندماج". Applied to what we expect,
    not to what was extracted, so the rest of the comparison stays exact."""
    for lam_alef in ("لا", "لأ", "لإ", "لآ"):
        text = text.replace(lam_alef, lam_alef[::-1])
    return text
