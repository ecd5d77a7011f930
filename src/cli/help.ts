import { apis, resources } from 'capillary-codes';
import type { Topic } from '../cli-args.js';
import { defaultLimit } from '../cli-args.js';
import { bin } from './given.js';
import { wrap } from './output.js';

/** The help pages: `--help`, and `<command> --help` for each command. */

const resourceList = wrap(resources.map((resource, i) => (i < resources.length - 1 ? `${resource},` : resource)), '    ');

/**
 * The help page of a command, or the main one.
 * @example
 * helpOf('read', '0.3.0').startsWith('Usage: capillary-codes read'); // true
 */
export function helpOf(topic: Topic | 'main', version: string): string {
  switch (topic) {
    case 'main':
      return `${bin} ${version}: what a status code of the Capillary API means

Usage
  ${bin} <code|KEY> [--resource R] [--category C] [--api A] [--operation OP] [--message TEXT]
                  [--endpoint "METHOD PATH"]
      Every entry of a code, grouped by resource, duplicates explained. The hints, above all
      --endpoint or --resource (the request made) and --message (the text the server sent),
      pick among entries that share a code. An answer that is not sure says so.
  ${bin} search <text...> [--resource R] [--category C] [--api A] [--endpoint "METHOD PATH"] [--limit N]
      Entries whose wording says what the text says, best first.
  ${bin} format <code|KEY> [name=value...] [--resource R] [--category C] [--api A]
                 [--operation OP] [--message TEXT] [--messages FILE] [--html]
      The message with its placeholders filled.
  ${bin} read <FILE|-> [--resource R] [--api A] [--operation OP] [--endpoint "METHOD PATH"] [--status N]
      The verdict on each response body in a file or a pasted log (- reads standard input):
      success, partial or failure, why, and whether to retry.
  ${bin} endpoints [--resource R] [METHOD PATH]
      The documented requests, or one request's documented codes with the reason for each.
  ${bin} export [--format json|i18next|icu] [--resource R]
      Every message keyed by entry key, for translation tools.
  ${bin} demo
      A short tour.

Options
  --json          machine-readable output, for every command but demo; errors too, as
                  {"error": "<reason>"} on stderr
  -h, --help      this help; ${bin} <command> --help for one command
  -v, --version   the version

R is a resource (${resources.length}; api holds the request-level codes every resource sends):
${resourceList}
C is success, error or warning; A is ${apis.join(', ')}.
Exit status: 0 found, 1 not found, 2 bad usage (read tells more: ${bin} read --help).
Colour on a terminal, never with NO_COLOR.`;
    case 'lookup':
      return `Usage: ${bin} <code|KEY> [--resource R] [--category C] [--api A] [--operation OP] [--message TEXT] [--endpoint "METHOD PATH"] [--json]

Shows the entries of a code (or the entry of a key), grouped by resource, request-level
(api) ones in their own group, each with its kind and whether it is retryable, and how
each could be mistaken for another. Hints pick among the entries of a code, as resolve()
does; what they leave out is counted, not listed. A hint resolve() sets aside is said so.
"X means Y" is printed only for a sure answer: otherwise it says what the code documents
and why that is not sure (the server's text says something else, or the entries tie).
A code of other resources is no answer for the resource given on the code alone.

  --resource R      the resource called (${bin} --help lists them)
  --endpoint "M P"  the request made ("POST /v2/customers", or a method and a URL): its
                    resource, and the reason its page gives for the code
  --category C      success, error or warning: where the status arrived
  --api A           ${apis.join(', ')}: the response surface
  --operation OP    the call that answered, e.g. register, get, tickets.add
  --message TEXT    the text the server sent, compared tolerantly

Example: ${bin} 1101 --resource transactions`;
    case 'search':
      return `Usage: ${bin} search <text...> [--resource R] [--category C] [--api A] [--endpoint "METHOD PATH"] [--limit N] [--json]

Lists the entries whose wording says what the text says, best first. Case, punctuation,
word order and word forms do not matter; a word being typed matches the words it begins;
words where a placeholder stands are its value ("Card is BLOCKED" finds "Card is {0}, ...",
with 0=BLOCKED). The entry the library's match() picks, when it picks one, comes first.

  --resource R      only the entries of resource R, its shared and request-level ones included
  --category C      only success, error or warning entries
  --api A           only entries of surface A (${apis.join(', ')})
  --endpoint "M P"  only the entries of the request's resource; those its page documents
                    are followed by the page's reason
  --limit N         at most N entries (default ${defaultLimit})

Example: ${bin} search "Card is BLOCKED"`;
    case 'format':
      return `Usage: ${bin} format <code|KEY> [name=value...] [--resource R] [--category C] [--api A] [--operation OP] [--message TEXT] [--messages FILE] [--html] [--json]

Fills a message's placeholders, {0} with 0=value, {x} with x=value. Each placeholder needs
a value: one left out is bad usage, named. A code with several entries is ambiguous: pick
one of the keys listed, or narrow it with --resource, --category, --api, --operation or
--message.

  --messages FILE   translations (JSON keyed by entry key, as "${bin} export" writes, with
                    the catalog's {x} placeholders: i18next's {{x}} and ICU's {x, ...} are refused)
  --html            escape the values for HTML

Example: ${bin} format 8006 0=12345`;
    case 'read':
      return `Usage: ${bin} read <FILE|-> [--resource R] [--api A] [--operation OP] [--endpoint "METHOD PATH"] [--status N] [--json]

Reads the response bodies in a file (- reads standard input): a body alone, log lines with
text before a body, a body over several lines, NDJSON, a body logged as an escaped JSON
string. Each body gets a verdict (readResponse()): the outcome first (success, partial,
failure), then the failures, then the warnings (marked: warnings never fail a response),
statuses repeated in a body summed up with a count, and the retry advice. Several bodies:
one verdict each, then a total.

  --resource R      the resource called (read from a v1.1 body when not given)
  --api A           ${apis.join(', ')}: the response surface (read from the body's shape when not given)
  --operation OP    the call made, e.g. register: it tells apart success codes shared by several
  --endpoint "M P"  the request made: its resource, and the reason its page gives for each code
  --status N        the response's HTTP status (a body that is no JSON is judged by it alone)

Exit status:
  0  success: every body read succeeded (warnings do not fail it)
  1  failure: every body with a status failed
  2  bad usage: a wrong option, or the file cannot be read
  3  partial: some items or bodies failed and some did not
  4  no status: no JSON body in the text, or no status in any body (and no --status)
--json writes one verdict per body and the total (statuses summed up, as in text).
Example: kubectl logs api-7f9c | ${bin} read - --resource customers`;
    case 'endpoints':
      return `Usage: ${bin} endpoints [--resource R] [METHOD PATH] [--json]

Lists the documented requests (id and title), only resource R's with --resource. Given a
request, METHOD and a path or URL (templated segments, query strings and any host are
read: POST https://eu.api.capillarytech.com/v2/customers?format=json), prints the codes
its page documents: each code's entries, the page's reason for it, and the docs page.
Documented, not exhaustive: a server may send any code of the resource.
A request no page documents is bad usage (exit 2), named.

Example: ${bin} endpoints POST /v2/slab/manualSlabAdjustment`;
    case 'export':
      return `Usage: ${bin} export [--format json|i18next|icu] [--resource R] [--json]

Writes every message as JSON keyed by entry key, for translation tools (--json or not):
  json      the catalog's own {x} placeholders; load a translation with defineMessages
  i18next   {{x}} placeholders
  icu       ICU MessageFormat, apostrophes quoted; a placeholder name ICU cannot read is
            written as an identifier, each run of other characters as _ ({id number} is
            {id_number}): format with icuParams(params)

  --resource R   only what the capillary-codes/R view holds: R's entries, those shared
                 with it, and the request-level ones

Example: ${bin} export --format icu --resource customers > messages.en.json`;
    case 'demo':
      return `Usage: ${bin} demo

A short tour of the command and of the library.`;
  }
}
