/**
 * Reads one of the published status tables in test/fixtures/tables/ (verbatim copies of
 * ../shared/source/capillary/tables/, whose README gives the conventions) into rows, and each
 * row's description cell into the wordings the catalog keeps.
 *
 * A table line is `code | description [| more cells]`. The markup is the page's, not the
 * server's, and is removed as the catalog's customers table was (DESIGN fact 9): backticks,
 * `**bold**`, links (their text stays), HTML tags, CommonMark backslash escapes (outside code spans; inside them only
 * `\{`/`\}`, the ReadMe placeholder escape). `<br />` and `↵` join several messages in one cell:
 * each is its own wording, unless the break wraps a sentence. A placeholder written `{x}`, `\{0\}` or `<X>` is written `{x}`, `{0}`,
 * `{X}`. A row without a code continues the code above it, whether its text stands in the
 * description cell or, as rendered copies have it, in the code cell.
 */
import type { Category } from '../../src/codes/index.js';

export interface TableRow {
  /** The table file's name in test/fixtures/tables/. */
  readonly file: string;
  /** 1-based line number in the file. */
  readonly line: number;
  /** The headings above the row, joined with " / ". */
  readonly heading: string;
  /** What the heading or the table's header row says the rows are, where it says. */
  readonly category: Category | undefined;
  /** The row's codes: usually one; "1008/ 1038" is two; a continuation row repeats the code above. */
  readonly codes: readonly number[];
  /** Per code, where a table gives its two code columns their own category ("Warning … | Error code"). */
  readonly codeCategories?: readonly (Category | undefined)[];
  /** The code cell as published. */
  readonly codeCell: string;
  /** Whether the row has no code of its own and continues the one above. */
  readonly continuation: boolean;
  /** The description cell's messages, markup removed. */
  readonly wordings: readonly string[];
  /** Further cells (an explanation, a reason), markup removed; empty cells left out. */
  readonly extra: readonly string[];
  /** The whole line as published. */
  readonly raw: string;
}

const htmlTags = /<\/?(?:p|strong|b|em|i|code|br|sup|sub|span|ul|ol|li|a)(?:\s[^>]*)?\s*\/?>/gi;
const lineBreaks = /\\?<br\s*\/?>|↵/gi;

/** A cell's text as the page shows it: markup removed, placeholders written `{name}`. */
export function unmark(cell: string): string {
  let text = '';
  // Code spans keep their backslashes but the placeholder escape; elsewhere every ASCII
  // punctuation escape is the character itself (CommonMark).
  cell.split(/(`+[^`]*`+)/).forEach((piece, i) => {
    if (i % 2) text += piece.replace(/^`+|`+$/g, '').replace(/\\([{}])/g, '$1');
    else text += piece.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/`/g, '');
  });
  return text
    .replace(/\[([^\]]*)\]\([^)\s]*\)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(htmlTags, '')
    .replace(/<([^<>{}]{1,40})>/g, '{$1}')
    .trim();
}

/**
 * The messages of one cell: split at line breaks, markup removed, empty pieces left out. A
 * break before a lower-case letter wraps a sentence ("Max 10↵events are allowed"): the
 * pieces are one message, joined by a space.
 */
export function wordingsOf(cell: string): string[] {
  const pieces: string[] = [];
  for (const piece of cell.split(lineBreaks).map(unmark)) {
    if (piece === '') continue;
    if (pieces.length && /^\p{Ll}/u.test(piece)) pieces[pieces.length - 1] += ` ${piece}`;
    else pieces.push(piece);
  }
  return pieces;
}

const headingLine = /^(#{1,6})\s+(.*)$/;
// The customers table 0.1 was built from (test/fixtures/customers-response-codes.md) writes its
// sections as plain lines and its rows between pipes.
const plainSection = /^(?:Success|Error|Warning) Codes$/;
const headerCell = /^(?:(?:success|error|warning|status|http status|response)?\s*code(?:s)?|error|code \/ message|error code \(.*\))$/i;

function categoryIn(text: string): Category | undefined {
  if (/warning/i.test(text)) return 'warning';
  if (/success/i.test(text)) return 'success';
  if (/error/i.test(text)) return 'error';
  return undefined;
}

const codeThenText = /^(\d+)(?:\s*[:\-–]\s*|\s+)(\D.*)$/;

/** A table's header row: its first cell names a code column (and holds no code), or its second is "Description". */
function isHeader([first = '', second = '']: readonly string[]): boolean {
  const text = unmark(first);
  return headerCell.test(text) || /^http status$/i.test(text) || (/\bcodes?\b/i.test(text) && !/\d/.test(text)) || /^description$/i.test(unmark(second));
}

/** The codes a code cell gives: `900`, `**999999**`, `` `400` ``, `1008/ 1038`, `901\*`; none for text. */
export function codesIn(cell: string): number[] | undefined {
  const plain = unmark(cell).replace(/\*$/, '').trim();
  if (!/^\d+(?:\s*\/\s*\d+)*$/.test(plain)) return undefined;
  return plain.split('/').map((code) => Number(code.trim()));
}

/** The rows of a table file, in file order. */
export function readTable(file: string, markdown: string): TableRow[] {
  const rows: TableRow[] = [];
  const headings: string[] = [];
  let headerCategory: Category | undefined;
  let codes: readonly number[] = [];
  let twoCodes = false;
  let secondCategory: Category | undefined;
  markdown.split('\n').forEach((line, index) => {
    if (/^\|-/.test(line)) return;
    const raw = line.startsWith('| ') ? `${line.slice(2).replace(/ \|$/, '')} |` : line;
    const title = plainSection.test(raw) ? ['', '##', raw] : headingLine.exec(raw);
    if (title) {
      const depth = title[1]!.length;
      headings.length = Math.max(0, depth - 1);
      headings[depth - 1] = title[2]!.trim();
      headerCategory = undefined;
      twoCodes = false;
      codes = [];
      return;
    }
    if (!raw.includes(' | ') && !raw.endsWith(' |') && !raw.startsWith(' | ')) return;
    // Quoted provenance, and the copy's own marks of what it could not read.
    if (raw.startsWith('> ') || raw.startsWith('MISSING:')) return;
    const cells = raw.split('|').map((cell) => cell.trim());
    if (isHeader(cells)) {
      headerCategory = categoryIn(cells[0]!);
      // "Warning Error Code (Partial Success*) | Error code | Description": two code columns.
      twoCodes = /\bcode\b/i.test(unmark(cells[0]!)) && /\bcode\b/i.test(unmark(cells[1] ?? ''));
      secondCategory = twoCodes ? categoryIn(cells[1]!) : undefined;
      codes = [];
      return;
    }
    const [codeCell = '', description = '', ...rest] = twoCodes ? [cells[0]!, ...cells.slice(2)] : cells;
    const second = twoCodes ? codesIn(cells[1] ?? '') : undefined;
    // Some per-API pages print the code and its message in one cell: `624: Invalid …`, `400 - Invalid …`.
    const joined = codesIn(codeCell) ? undefined : codeThenText.exec(unmark(codeCell));
    const first = codesIn(codeCell);
    const own = joined ? [Number(joined[1])] : second ? [...(first ?? []), ...second] : first;
    // Two code columns: each code takes its column's category.
    const codeCategories = second ? [...(first ?? []).map(() => headerCategory), ...second.map(() => secondCategory)] : undefined;
    // A dash or an asterisk in the code cell prints no code, nor does text beside a description
    // ("Gateway error | The Gateway configuration …"): the row stands alone, without one.
    const dash = !own && /^[-–—*]$/.test(unmark(codeCell));
    const named = !own && !dash && codeCell !== '' && description !== '' && !twoCodes;
    const noCode = dash || named;
    const continuation = own === undefined && !noCode;
    if (own) codes = own;
    if (noCode) codes = [];
    // A continuation row's text stands in whichever cell has it.
    const text = joined ? codeCell.replace(/^(?:<[^>]*>|[^\w<])*\d+\s*[:\-–]?\s*/, '') : named ? codeCell : own || dash ? description : codeCell || description;
    const further = joined || named ? [description, ...rest] : rest;
    const heading = headings.filter(Boolean).join(' / ');
    rows.push({
      file,
      line: index + 1,
      heading,
      category: categoryIn(headings.at(-1)?.split(' / ').at(-1) ?? '') ?? headerCategory,
      codes,
      ...(codeCategories && { codeCategories }),
      codeCell,
      continuation,
      wordings: wordingsOf(text),
      extra: further.map((cell) => cell.split(lineBreaks).map(unmark).filter(Boolean).join(' ')).filter((cell) => cell !== ''),
      raw: line,
    });
  });
  return rows.filter((row) => row.wordings.length > 0 || row.extra.length > 0);
}
