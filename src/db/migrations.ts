// Reads prisma/migrations in Prisma's own format and applies or diffs it with the WASM schema engine.
// A database migrated here is the same as one migrated by `prisma migrate deploy`.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { openSchemaEngine } from './schema-engine.js';

export const PRISMA_DIR = resolve(import.meta.dirname, '../../prisma');
const MIGRATIONS_DIR = join(PRISMA_DIR, 'migrations');
const SCHEMA_PATH = join(PRISMA_DIR, 'schema.prisma');
const NO_FILTER = { externalTables: [], externalEnums: [] };

export async function readMigrationList() {
  const names = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }).catch(() => []))
    .filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const migrationDirectories = await Promise.all(names.map(async (name) => ({
    path: name,
    migrationFile: {
      path: 'migration.sql',
      content: await readFile(join(MIGRATIONS_DIR, name, 'migration.sql'), 'utf8')
        .then((value) => ({ tag: 'ok' as const, value }), (e: Error) => ({ tag: 'error' as const, value: e.message })),
    },
  })));
  const lockContent = await readFile(join(MIGRATIONS_DIR, 'migration_lock.toml'), 'utf8').catch(() => null);
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: 'migration_lock.toml', content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

/** Applies pending migrations; returns the names it applied (none on an up-to-date database). */
export async function applyMigrations(factory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const engine = await openSchemaEngine(factory);
  try {
    const out = await engine.applyMigrations({ migrationsList: await readMigrationList(), filters: NO_FILTER });
    return out.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/** SQL that would bring the migrations up to schema.prisma; empty when they agree. Needs no database rows. */
export async function diffSchemaAgainstMigrations(factory: SqlMigrationAwareDriverAdapterFactory): Promise<string> {
  const content = await readFile(SCHEMA_PATH, 'utf8');
  const engine = await openSchemaEngine(factory, { path: SCHEMA_PATH, content });
  try {
    const list = await readMigrationList();
    const from = list.migrationDirectories.length ? { tag: 'migrations' as const, ...list } : { tag: 'empty' as const };
    const result = await engine.diff({
      from, to: { tag: 'schemaDatamodel', files: [{ path: SCHEMA_PATH, content }] },
      script: true, exitCode: true, filters: NO_FILTER,
    });
    return (result.stdout ?? '').replace(/^-- This is an empty migration\.\s*$/m, '').trim();
  } finally {
    engine.free();
  }
}
