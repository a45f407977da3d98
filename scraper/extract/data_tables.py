"""Data tables inside an article (quotes, a company's results, a ranking) printed as paragraphs, one per row.

Finance and statistics articles carry their figures in a <table> among their paragraphs. trafilatura reads
Chinese pages without their tables (a layout table there is navigation more often than content), and the density
reading prints each cell that holds a paragraph of its own (a word processor's table: <td><p>1.0800</p></td>) as
a line: either way the figures are lost or torn from their row. A data table is told from a layout table as
Readability's data-table test and trafilatura's link-density test tell it, but stricter, since a table that is
read wrongly here leaks into the body: no table inside it, no link, picture, list or form in any cell, every cell
one short line (a figure or a label), and at least two rows of two or more cells. A table that lays a page out
holds blocks, links or long text; a table of other articles' links holds links. Each data table is replaced, in
place, by one paragraph per row, its cells joined by one space, as the page prints them side by side.
"""

from __future__ import annotations

from lxml import etree

from .layout import block_lines
from .tree import Element

__all__ = ["is_data_table", "untable_data"]

# A data cell holds a figure or a short label: at most this many characters.
CELL_CHARS = 24
# Markup a data cell may hold: inline text markup, and the one-line paragraph a word processor wraps each cell's
# text in. A link, a picture, a list, a form control or a table inside a cell makes the table something else.
_CELL_MARKUP = frozenset(
    {"b", "strong", "em", "i", "u", "span", "font", "sup", "sub", "small", "big", "br", "p", "div", "center", "abbr"}
)
# A data table has at least this many rows of two or more cells.
_MIN_ROWS = 2
# ARIA's word for a table that only lays out its content.
_LAYOUT_ROLES = frozenset({"presentation", "none"})


def _cell_text(cell: Element) -> str | None:
    """A data cell's text as one line ("" for an empty cell), or None when the cell holds more than a data cell
    may: markup outside `_CELL_MARKUP`, or more than CELL_CHARS characters."""
    if any(isinstance(inner.tag, str) and inner.tag not in _CELL_MARKUP for inner in cell.iterdescendants()):
        return None
    text = " ".join(block_lines(cell))
    return text if len(text) <= CELL_CHARS else None


# The table's own structure: text directly inside these, outside a cell or the caption, is no cell's.
_FRAME = ("table", "thead", "tbody", "tfoot", "tr")


def _stray_text(table: Element) -> bool:
    """Whether `table` holds text outside its cells and caption (markup a parser left between rows): read as rows,
    that text would be lost, so such a table stays a table."""
    for part in table.iter(*_FRAME):
        if (part.text or "").strip() or any((child.tail or "").strip() for child in part):
            return True
    return False


def _row_texts(table: Element) -> list[list[str]] | None:
    """The non-empty cell texts of each row of a data table, or None when `table` is no data table."""
    if table.get("role") in _LAYOUT_ROLES or table.find(".//table") is not None or _stray_text(table):
        return None
    # The table's title printed above it (<caption>) opens it as a line of its own.
    rows = [[text] for caption in table.iterchildren("caption") if (text := " ".join(block_lines(caption)))]
    for row in table.iter("tr"):
        cells: list[str] = []
        for cell in row:
            if not isinstance(cell.tag, str) or cell.tag not in ("td", "th"):
                continue
            read = _cell_text(cell)
            if read is None:
                return None
            if read:
                cells.append(read)
        if cells:
            rows.append(cells)
    if sum(1 for cells in rows if len(cells) > 1) < _MIN_ROWS:
        return None
    return rows


def is_data_table(table: Element) -> bool:
    """Whether `table` is a table of figures and labels (see the module docstring), not a layout or link table."""
    return _row_texts(table) is not None


def untable_data(root: Element) -> None:
    """Replace every data table under `root` by paragraphs, one per row, the row's cells joined by one
    space, where the table stood. Layout tables and tables of links stay as they are."""
    for table in list(root.iter("table")):
        rows = _row_texts(table)
        parent = table.getparent()
        if rows is None or parent is None:
            continue
        # The rows take the table's place among the article's paragraphs, with no block of their own around them:
        # the density reading weighs the article's container by its paragraphs, and a block of rows would compete
        # with it as a container.
        paragraphs = []
        for cells in rows:
            paragraph = etree.Element("p")
            paragraph.text = " ".join(cells)
            paragraphs.append(paragraph)
        paragraphs[-1].tail = table.tail
        index = parent.index(table)
        parent.remove(table)
        parent[index:index] = paragraphs
