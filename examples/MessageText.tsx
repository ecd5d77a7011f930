import { format, formatParts, userMessage, type Entry, type FormatOptions, type Messages, type ReadStatus, type Resolution } from 'capillary-codes';

/** The props of `MessageText`. */
export interface MessageTextProps {
  /** The entry to show, e.g. `entries.SOME_KEY`. For a status read from a response, use `StatusText`. */
  readonly entry: Entry;
  /** Its placeholder values, e.g. the `params` that `resolve` read from the server's text. */
  readonly params?: Readonly<Record<string, string>>;
  /** Translations from `defineMessages`; without them, the catalog's English. */
  readonly messages?: Messages | undefined;
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

/** The props of `StatusText`. */
export interface StatusTextProps {
  /** A status from `readStatuses`, or what `resolve` made of a code. */
  readonly status: ReadStatus | Resolution;
  /** Translations from `defineMessages`. */
  readonly messages?: Messages | undefined;
  /** What to show when the status is not known for sure and the server sent no text. */
  readonly fallback?: string | undefined;
}

/**
 * Renders what `userMessage` says to show for a status: the entry's message, through
 * `MessageText`, when the status is known for sure; otherwise (a code shared by several
 * entries, a text that says something else) the server's own words, or `fallback`.
 * @example
 * const [status] = readStatuses(body, { resource: 'customers' });
 * <StatusText status={status} messages={fr} fallback="Something went wrong." />
 */
export function StatusText({ status, messages, fallback }: StatusTextProps) {
  const text = userMessage(status, { messages, fallback });
  const resolution = 'resolution' in status ? status.resolution : status;
  // userMessage decides; the entry's parts are rendered only where it chose the entry's wording.
  if (resolution.status === 'resolved' && text === format(resolution.entry, resolution.params, messages ? { messages } : {})) {
    return <MessageText entry={resolution.entry} params={resolution.params} messages={messages} />;
  }
  return text === undefined ? null : <span>{text}</span>;
}
