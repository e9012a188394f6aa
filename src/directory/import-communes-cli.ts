// `tsx src/directory/import-communes-cli.ts <list.json> [--out <file>]`: imports an admin-provided commune list in
// the layout of vn-admin-units-2025.json (34 provinces, each with its "Wards") into DATA_DIR/communes.json, which
// the directory reads at start. Re-running replaces the previous import. Prints what it kept and what it skipped.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { communesPath, importCommunes } from './communes.js';

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' } } });
  const input = positionals[0];
  if (!input || positionals.length > 1) {
    console.error('usage: tsx src/directory/import-communes-cli.ts <list.json> [--out <file>]');
    return 2;
  }
  try {
    const out = values.out ?? communesPath(loadConfig().DATA_DIR);
    const report = await importCommunes(input, out);
    for (const p of report.problems) console.warn(`warning: ${p}`);
    console.log(`imported ${report.communes} communes of ${report.provinces} provinces into ${out}`);
    if (report.provinces < 34) console.warn(`warning: only ${report.provinces} of the 34 provinces have communes`);
    return 0;
  } catch (error) {
    console.error(`import failed: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
