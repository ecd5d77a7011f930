import { formatParts, type Entry, type FormatOptions, type Messages } from 'capillary-codes';

/** The props of `MessageText`. */
export interface MessageTextProps {
  /** The entry to show: from `resolve`, `readStatuses`, or `entries.SOME_KEY`. */
  readonly entry: Entry;
  /** Its placeholder values, e.g. the `params` that `resolve` read from the server's text. */
  readonly params?: Readonly<Record<string, string>>;
  /** Translations from `defineMessages`; without them, the catalog's English. */
  readonly messages?: Messages;
}

/**
 * Renders a message with its inserted values in `<strong>`. `formatParts` hands over plain
 * strings and `{ param, value }` pieces, so values are never parsed as markup: React
 * escapes them like any other text, and no `dangerouslySetInnerHTML` is needed.
 * @example
 * <MessageText entry={entries.CARD_ACTIONS_NOT_ALLOWED} params={{ 0: 'BLOCKED' }} />
 * // <span data-key="CARD_ACTIONS_NOT_ALLOWED">Card is <strong data-param="0">BLOCKED</strong>, not allowed to do any further actions</span>
 */
export function MessageText({ entry, params = {}, messages }: MessageTextProps) {
  const options: FormatOptions = messages ? { messages } : {};
  return (
    <span data-key={entry.key}>
      {formatParts(entry, params, options).map((part, i) =>
        typeof part === 'string' ? (
          part
        ) : (
          <strong key={i} data-param={part.param}>
            {part.value}
          </strong>
        ),
      )}
    </span>
  );
}
