// Prisma's native schema engine cannot be downloaded on these machines, so migrations are diffed and applied
// with its WASM build, driven through a driver adapter. We instantiate the .wasm ourselves so Node 20 needs no
// --experimental-wasm-modules flag.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

type Engine = Awaited<ReturnType<typeof bg.SchemaEngine.new>>;
let loaded: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  loaded ??= (async () => {
    const entry = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm');
    const bytes = await readFile(join(dirname(entry), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bg as unknown as WebAssembly.ModuleImports });
    (bg as unknown as { __wbg_set_wasm(w: unknown): void }).__wbg_set_wasm(instance.exports);
    (instance.exports as unknown as { __wbindgen_start(): void }).__wbindgen_start();
  })();
  return loaded;
}

export async function openSchemaEngine(factory: SqlMigrationAwareDriverAdapterFactory, schema?: { path: string; content: string }): Promise<Engine> {
  await loadWasm();
  const datamodels: [string, string][] | undefined = schema ? [[schema.path, schema.content]] : undefined;
  return bg.SchemaEngine.new({ datamodels }, () => {}, bindMigrationAwareSqlAdapterFactory(factory));
}
