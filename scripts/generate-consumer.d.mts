/** The types of scripts/generate-consumer.mjs, for the TypeScript modules that import it. */

/**
 * The consumer program of `entries`, importing from `specifier`.
 * @example
 * writeFileSync('build/whole-api.ts', generateConsumer(catalog, 'capillary-codes'));
 */
export function generateConsumer(entries: readonly { readonly key: string; readonly code: number; readonly params: readonly string[] }[], specifier: string): string;
