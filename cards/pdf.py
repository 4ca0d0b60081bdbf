"""HTML to PDF with WeasyPrint: Pango and HarfBuzz shape Arabic, Urdu (Nastaliq) and
Chinese with the Noto fonts installed on the machine (fonts-noto-core, fonts-noto-cjk),
laid out right to left where the page's `dir` says so.

The card's stylesheet is read from the static files and the HTML holds everything else
(the QR code is inline SVG), so rendering never fetches a URL.
"""

from django.contrib.staticfiles import finders


class PdfUnavailable(Exception):
    """WeasyPrint's system libraries (Pango) are missing on this machine."""


def render(html: str, stylesheets: list[str]) -> bytes:
    try:
        import weasyprint
    except OSError as error:  # Pango is not installed: pages still serve, PDFs cannot
        raise PdfUnavailable(str(error)) from error
    css = [weasyprint.CSS(filename=finders.find(name)) for name in stylesheets]
    return weasyprint.HTML(string=html).write_pdf(stylesheets=css)
