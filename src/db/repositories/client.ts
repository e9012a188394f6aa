// What a repository runs its queries on: the client, or the transaction it was opened in.
import type { Tx } from '../database.js';

export type Client = Tx;
