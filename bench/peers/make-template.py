"""Turns an AgreementKit DOCX into a docxtemplater template of the same document: every place the example's
contract number, salesperson name, employee id and term dates appear in a text run becomes a {tag}.
Usage: make-template.py agreement.docx template.docx NUMBER NAME EMPLOYEE_ID START END
Fails unless the number and the name were found, so the peer always fills a comparable document."""
import sys
import zipfile

source, target, number, name, employee, start, end = sys.argv[1:8]
tags = {number: "{number}", name: "{name}", employee: "{employee}", start: "{start}", end: "{end}"}
with zipfile.ZipFile(source) as docx:
    parts = {info.filename: docx.read(info) for info in docx.infolist()}
document = parts["word/document.xml"].decode("utf-8")
found = {}
for value, tag in tags.items():
    found[tag] = document.count(value)
    document = document.replace(value, tag)
if not found["{number}"] or not found["{name}"]:
    sys.exit(f"make-template: the example's number or name is not in the document as text ({found})")
parts["word/document.xml"] = document.encode("utf-8")
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
    for filename, data in parts.items():
        out.writestr(filename, data)
print("template tags:", ", ".join(f"{tag}×{count}" for tag, count in found.items()), file=sys.stderr)
