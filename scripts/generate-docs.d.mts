import type { Entry } from 'capillary-codes';

/**
 * The Markdown reference of a catalog (docs/CODES.md): one table per category, an anchor
 * per key, duplicates marked and explained; deterministic.
 * @example
 * import { catalog } from 'capillary-codes';
 * writeFileSync('docs/CODES.md', generateDocs(catalog));
 */
export declare function generateDocs(catalog: readonly Entry[]): string;
