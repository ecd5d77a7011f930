/**
 * A wording as the catalog keeps one per entry (docs/DATA.md "One entry per meaning"): without
 * a leading list marker ("* Size should be…"), its final full stop, its case and its spacing,
 * which publications vary and tolerant matching forgives; so such variants are not aliases,
 * and the tests that hold the catalog to the tables compare wordings so.
 */
export const normalized = (text: string): string =>
  text
    .replace(/^[*\-•]\s+/, '')
    .replace(/\.$/, '')
    .replace(/\s+/g, '')
    .toLowerCase();
