// tests/browser/vnu_report.mjs REPORT.json DIR CANARY — the Nu Html Checker's JSON report
// (vnu.jar --format json) of the pages under DIR, told briefly: each distinct error once, with how
// many times it occurs, on how many pages, and where the first few are. CANARY is a page with a
// known error checked in the same run: if the report lacks it, the checker checked nothing and the
// run fails. Exit status 1 on any error (a page the checker could not read included), 0 otherwise.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [reportFile, dir, canary] = process.argv.slice(2);
if (!reportFile || !dir || !canary) {
  console.error('usage: node vnu_report.mjs REPORT.json DIR CANARY');
  process.exit(2);
}
let report;
try {
  report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
} catch (err) {
  console.error(`vnu: no readable report (${err.message}):\n${fs.readFileSync(reportFile, 'utf8').slice(0, 2000)}`);
  process.exit(1);
}
const where = (m) => {
  let file = m.url || '?';
  try {
    file = path.relative(dir, fileURLToPath(file.replace(/^file:(?!\/\/)/, 'file://')));
  } catch { /* keep the URL */ }
  return `${file}:${m.lastLine ?? m.firstLine ?? '?'}.${m.firstColumn ?? '?'}`;
};
const isError = (m) => m.type === 'error' || m.type === 'non-document-error' || (m.type === 'info' && m.subType === 'fatal');
const canaryUrl = `/${path.basename(canary)}`;
const fromCanary = (m) => (m.url || '').endsWith(canaryUrl);
if (!report.messages.some((m) => isError(m) && fromCanary(m))) {
  console.log(`vnu: no error reported in ${canary}, a page with a known error: the checker did not run as expected`);
  process.exit(1);
}
const errors = report.messages.filter((m) => isError(m) && !fromCanary(m));
const groups = new Map();
for (const m of errors) {
  const key = m.message;
  if (!groups.has(key)) groups.set(key, { count: 0, files: new Set(), places: [] });
  const g = groups.get(key);
  g.count++;
  g.files.add(m.url);
  if (g.places.length < 3) g.places.push(`${where(m)}${m.extract ? `  ${m.extract.replace(/\s+/g, ' ').trim().slice(0, 80)}` : ''}`);
}
for (const [message, g] of [...groups].sort((a, b) => b[1].count - a[1].count)) {
  console.log(`vnu error ×${g.count} on ${g.files.size} page(s): ${message}`);
  for (const p of g.places) console.log(`    ${p}`);
}
process.exit(errors.length ? 1 : 0);
