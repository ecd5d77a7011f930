import type { Resource } from '../../../src/codes/resources.js';

/** What a file of test/tables/api-specific/ exports. */
export interface PageMap {
  /** Page heading (without the leading `# `) → the resource its rows belong to. */
  readonly pages: Readonly<Record<string, Resource>>;
  /** Page heading → why its rows are not in the catalog. */
  readonly pagesLeftOut: Readonly<Record<string, string>>;
}
