// Fills a docxtemplater template once per row of the HR export, as one Node process on one core, and
// writes each DOCX the way `agreementkit batch` does: to a temporary file, fsync, rename.
// Usage: node fill.js template.docx rows.csv out-folder
"use strict";
const fs = require("fs");
const path = require("path");
const PizZip = require("pizzip");
const Docxtemplater = require("docxtemplater");

const [templatePath, csvPath, outDir] = process.argv.slice(2);
const template = fs.readFileSync(templatePath);

// The export's CSV: BOM, CRLF, quoted fields with commas.
function parse(line) {
  const cells = [];
  let cell = "", quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { cells.push(cell); cell = ""; }
    else cell += c;
  }
  cells.push(cell);
  return cells;
}

const lines = fs.readFileSync(csvPath, "utf8").replace(/^\uFEFF/, "").split("\r\n").filter((l) => l.length > 0);
fs.mkdirSync(outDir, { recursive: true });
const started = process.hrtime.bigint();
for (const line of lines.slice(1)) {
  const [number, name, employee, start, end] = parse(line);
  const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true });
  doc.render({ number, name, employee, start, end });
  const bytes = doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE" });
  const file = path.join(outDir, number + ".docx");
  const temp = file + ".tmp";
  const fd = fs.openSync(temp, "wx");
  fs.writeSync(fd, bytes);
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  fs.renameSync(temp, file);
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`docxtemplater: ${lines.length - 1} documents in ${seconds.toFixed(2)} s (${((lines.length - 1) / seconds).toFixed(1)} docs/s in the loop)`);
