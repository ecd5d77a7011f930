// Writes dist/catalog.json (the `capillary-codes/catalog.json` export) from the built catalog:
// every entry as JSON, with its note (from capillary-codes/notes) where it has one.
import { writeFileSync } from 'node:fs';
import { catalog } from '../dist/index.js';
import { noteOf } from '../dist/notes.js';

const withNotes = catalog.map((entry) => {
  const note = noteOf(entry);
  return note === undefined ? entry : { ...entry, note };
});
writeFileSync(new URL('../dist/catalog.json', import.meta.url), `${JSON.stringify(withNotes, null, 2)}\n`);
