// The one place a typed value becomes a JSON column value. Prisma's JSON input type does not accept interfaces
// (they lack an index signature), so every repository converts here rather than casting at each call.
import { Prisma } from '../generated/client.js';

export function toJson(value: object): Prisma.InputJsonValue {
  return value as Prisma.InputJsonObject;
}

/** A JSON column set to SQL NULL (an erased outbox payload). */
export const JSON_NULL = Prisma.DbNull;
