// `tsx src/directory/communes-trim-cli.ts <full-list.json> <out.json>`: keeps, from a list in the layout of
// vn-admin-units-2025.json, only the fields the bot reads (see adminUnitsFile in communes.ts), one commune per line so
// that a later correction shows as a readable diff. How src/directory/data/vn-admin-units-2025.json was made; run it
// again on a newer upstream list after a reform, then check the tests in test/directory/communes.test.ts.
import { readFile, writeFile } from 'node:fs/promises';
import { adminUnitsFile } from './communes.js';

const [input, out, ...rest] = process.argv.slice(2);
if (!input || !out || rest.length) {
  console.error('usage: tsx src/directory/communes-trim-cli.ts <full-list.json> <out.json>');
  process.exit(2);
}
const provinces = adminUnitsFile.parse(JSON.parse(await readFile(input, 'utf8')));
const line = (value: unknown) => JSON.stringify(value);
const body = provinces.map((p) => {
  const head = { Code: p.Code, Name: p.Name, NameEn: p.NameEn, FullName: p.FullName };
  const wards = p.Wards.map((w) => `  ${line({ Code: w.Code, Name: w.Name, NameEn: w.NameEn, FullName: w.FullName, AdministrativeUnitShortName: w.AdministrativeUnitShortName ?? w.Type })}`);
  return `${line(head).slice(0, -1)},"Wards":[\n${wards.join(',\n')}\n]}`;
});
await writeFile(out, `[\n${body.join(',\n')}\n]\n`);
console.log(`kept ${provinces.length} provinces and ${provinces.reduce((n, p) => n + p.Wards.length, 0)} communes in ${out}`);
