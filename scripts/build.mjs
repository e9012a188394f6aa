// `npm run build`: compiles src/ and flows/ to JavaScript (tsconfig.build.json) and copies beside it what the code
// reads at run time relative to its own file — every non-TypeScript file of src/ and flows/ (Fluent .ftl texts,
// page.html, JSON data such as the shipped commune list) and prisma/ (schema and migrations) — so that
// `node dist/src/main.js` finds them exactly where `tsx src/main.ts` does. Prisma's generated client is TypeScript
// under src/db/generated and is compiled with the rest.
//   --if-stale   build only when a source file is newer than the last build (what `npm start` runs first)
//   --out <dir>  build into another folder (tests), default dist/
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { 'if-stale': { type: 'boolean' }, out: { type: 'string' } } });
const out = resolve(root, values.out ?? 'dist');
const stamp = join(out, '.build-stamp');
const SOURCES = ['src', 'flows', 'prisma', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'scripts/build.mjs'];

function* files(path) {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return;
  if (!st.isDirectory()) { yield [path, st]; return; }
  for (const name of readdirSync(path)) yield* files(join(path, name));
}

if (values['if-stale'] && existsSync(stamp) && existsSync(join(out, 'src/main.js'))) {
  const built = statSync(stamp).mtimeMs;
  let newer;
  for (const source of SOURCES) {
    for (const [path, st] of files(join(root, source))) if (st.mtimeMs > built) { newer = path; break; }
    if (newer) break;
  }
  if (!newer) process.exit(0);
  console.error(`building ${relative(root, out)}/: ${relative(root, newer)} changed since the last build`);
}

rmSync(stamp, { force: true });
const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json'),
  '--outDir', out, '--tsBuildInfoFile', join(out, '.tsbuildinfo')], { cwd: root, stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

let copied = 0;
const copy = (from) => {
  const to = join(out, relative(root, from));
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
  copied++;
};
for (const dir of ['src', 'flows']) {
  for (const [path] of files(join(root, dir))) if (!/\.(ts|md)$/.test(path)) copy(path);
}
for (const [path] of files(join(root, 'prisma'))) copy(path);
writeFileSync(stamp, `${new Date().toISOString()}\n`);
console.error(`built ${relative(root, out) || '.'}/ (JavaScript and ${copied} run-time files)`);
