// Writes dist/catalog.json (the `capillary-codes/catalog.json` export) from the built catalog.
import { writeFileSync } from 'node:fs';
import { catalog } from '../dist/index.js';

writeFileSync(new URL('../dist/catalog.json', import.meta.url), `${JSON.stringify(catalog, null, 2)}\n`);
