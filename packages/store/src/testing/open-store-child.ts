// Run as a separate process by open-store.test.ts: tries to open the PGlite folder given as the
// first argument and prints what happened as JSON.
import { AscAssureError } from '@asc-assure/framework';
import { openStore } from '../open-store.js';

const dataDir = process.argv[2];
if (dataDir === undefined) throw new Error('usage: open-store-child <data folder>');
try {
  const store = await openStore({ kind: 'pglite', dataDir });
  await store.close();
  console.log(JSON.stringify({ opened: true }));
} catch (error) {
  console.log(JSON.stringify({ opened: false, code: AscAssureError.isInstance(error) ? error.code : undefined, message: String(error) }));
}
