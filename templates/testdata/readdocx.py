#!/usr/bin/env python3
"""Reads DOCX files with python-docx (Debian: python3-docx) and prints what a
reader sees, as JSON, for templates' tests: body paragraphs with their style and
list numbering, tables, the page setup, the header and footer, the properties."""
import json
import sys
import zipfile

import docx
from docx.oxml.ns import qn


def text(el):
    """The text of a paragraph or a cell as Word shows it. python-docx 0.8 drops
    w:noBreakHyphen, which Word and LibreOffice draw as a hyphen; a soft hyphen
    (w:softHyphen) is invisible, as python-docx reads it."""
    out = []
    for e in (c for r in el.findall(qn("w:r")) for c in r):
        if e.tag == qn("w:t"):
            out.append(e.text or "")
        elif e.tag == qn("w:tab"):
            out.append("\t")
        elif e.tag in (qn("w:br"), qn("w:cr")):
            out.append("\n")
        elif e.tag == qn("w:noBreakHyphen"):
            out.append("-")
    return "".join(out)


def cell(c):
    return "\n".join(text(p) for p in c._tc.findall(qn("w:p")))


def para(p):
    ppr = p._p.pPr
    num = None
    if ppr is not None and ppr.numPr is not None and ppr.numPr.numId is not None:
        num = ppr.numPr.numId.val
    return {"text": text(p._p), "style": p.style.name if p.style is not None else "", "num": num}


def read(path):
    d = docx.Document(path)
    s = d.sections[0]
    cp = d.core_properties
    out = {
        "paragraphs": [para(p) for p in d.paragraphs],
        "tables": [
            {
                "rows": [[cell(c) for c in r.cells] for r in t.rows],
                "header_repeats": bool(t.rows[0]._tr.trPr is not None and t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None),
                "grid": len(t._tbl.tblGrid.findall(qn("w:gridCol"))),
            }
            for t in d.tables
        ],
        "page": {"width_mm": s.page_width.mm, "height_mm": s.page_height.mm, "orientation": int(s.orientation)},
        "header": [text(p._p) for p in s.header.paragraphs],
        "footer": [text(p._p) for p in s.footer.paragraphs],
        "core": {
            "title": cp.title, "subject": cp.subject, "language": cp.language, "author": cp.author,
            "last_modified_by": cp.last_modified_by, "comments": cp.comments, "keywords": cp.keywords,
            "category": cp.category,
        },
    }
    with zipfile.ZipFile(path) as z:
        out["parts"] = sorted(z.namelist())
        out["footer_xml"] = z.read("word/footer1.xml").decode("utf-8")
        out["styles_xml"] = z.read("word/styles.xml").decode("utf-8")
    return out


if __name__ == "__main__":
    json.dump({p: read(p) for p in sys.argv[1:]}, sys.stdout, ensure_ascii=False)
