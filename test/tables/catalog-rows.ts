/**
 * The row files (src/codes/<resource>.ts) as the tables test reads them: every row with the
 * resource of its file, straight from the source of truth rather than the packed runtime
 * data (test/packed.test.ts holds the two together).
 */
import type { Details, Row } from '../../src/codes/row.js';
import { resources, type Resource } from '../../src/codes/resources.js';

export interface SourceEntry {
  readonly resource: Resource;
  readonly code: number;
  readonly key: string;
  readonly category: Row[2];
  readonly api: Row[3];
  readonly message: string;
  readonly details: Details;
  /** Its index in its row file. */
  readonly index: number;
}

/** `partner-program` is exported as `partnerProgram`. */
export const exportName = (resource: Resource): string => resource.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

const modules = import.meta.glob<Record<string, readonly Row[]>>('../../src/codes/*.ts', { eager: true });

function rowsOf(resource: Resource): readonly Row[] {
  const module = modules[`../../src/codes/${resource}.ts`];
  return module?.[exportName(resource)] ?? [];
}

/** Every row of every row file, in resource order. */
export const sourceEntries: readonly SourceEntry[] = resources.flatMap((resource) =>
  rowsOf(resource).map(([code, key, category, api, message, details = {}], index) => ({
    resource,
    code,
    key,
    category,
    api,
    message,
    details,
    index,
  })),
);

/** The resources whose row file exists. */
export const resourcesWithRows: readonly Resource[] = resources.filter((resource) => rowsOf(resource).length > 0);

export const wordingsOf = (entry: SourceEntry): readonly string[] => [entry.message, ...(entry.details.aliases ?? [])];

/** The entries a table of `resource` may list: its own, and those shared with it. */
export const entriesFor = (resource: Resource): readonly SourceEntry[] =>
  sourceEntries.filter((entry) => entry.resource === resource || entry.details.sharedWith?.includes(resource));
