/**
 * The per-API tables (test/fixtures/tables/api-specific-tables--docs.capillarytech.com.md):
 * one section per API page, headed `# <title> — <address>`. Each page's rows belong to the
 * resource named here, or the page is left out, with why.
 */
import type { Resource } from '../../src/codes/resources.js';

/** Page heading → the resource its rows belong to. */
export const apiSpecificPages: Readonly<Record<string, Resource>> = {};

/** Page heading → why its rows are not in the catalog. */
export const pagesLeftOut: Readonly<Record<string, string>> = {};
