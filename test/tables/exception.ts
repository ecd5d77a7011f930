/**
 * A table row the plain rule cannot account for (docs/DATA.md "Accounting in the tests"):
 * each file in test/tables/exceptions/ lists its resource's, with the reason.
 */
export interface Exception {
  /** The table file, as in test/fixtures/tables/. */
  readonly file: string;
  /** The row's code as printed; `null` for a row without one. */
  readonly code: number | null;
  /** The wording as read from the row (markup removed, as test/tables/read-table.ts reads it). */
  readonly wording: string;
  /**
   * The entry the row is, where the catalog keeps it under another code or category than the
   * row's (the wording must still be the entry's message, an alias, or message plus note);
   * `null` where the row is left out of the catalog.
   */
  readonly key: string | null;
  /** Why: said so that a reader of the test output understands it. */
  readonly why: string;
}
