import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { describe, expect, it } from 'vitest';
import { diffSchemaAgainstMigrations } from '../../src/db/migrations.js';

describe('migrations', () => {
  it('agree with schema.prisma (run `npm run db:diff -- <name>` to write the missing migration)', async () => {
    const pg = new PGlite();
    try {
      expect(await diffSchemaAgainstMigrations(new PrismaPGlite(pg))).toBe('');
    } finally {
      await pg.close();
    }
  });
});
