import type { Category } from './codes/index.js';
import { isList, isStatusObject, type Bag } from './body-shape.js';

/**
 * The walk over a response body: every object once, in document order, iteratively (no
 * recursion, whatever the depth), within a bound on reads. It tells a `Visitor` (src/read.ts)
 * where the statuses, the errors and warnings lists, and the batch items are.
 */

/**
 * JSON has no holes: a run this long of missing items is a sparse array or a proxy lying
 * about its length, and the rest of that array is not read.
 */
export const maxHoles = 1 << 16;

const node = 0;
const statusObject = 1;
const errorList = 2;
const warningList = 3;

/** A value on the walk's stack, with the way to it. */
export interface Frame {
  readonly value: object;
  readonly key: string | number;
  readonly parent: Frame | undefined;
  readonly kind: number;
  /** An array's length once its items are being read; -1 before. */
  end: number;
  next: number;
  holes: number;
  /** The index of the batch item this value belongs to (`Visitor.itemPaths`); -1 outside any item. */
  item: number;
}

/** What the walk tells as it goes. */
export interface Visitor {
  /** Reads left; the walk stops at 0, and so may the visitor (too many statuses). */
  reads: number;
  /** Each batch item's path, when items are tracked; `undefined` when not. */
  readonly itemPaths: readonly string[] | undefined;
  /** Marks a value as a batch item of its own, unless it lies inside one already. */
  startItem(frame: Frame): void;
  /** A status object. */
  status(frame: Frame): void;
  /** The value of an errors or warnings key. */
  list(frame: Frame, category: Category): void;
}

function frameOf(value: object, key: string | number, parent: Frame | undefined, kind: number): Frame {
  return { value, key, parent, kind, end: -1, next: 0, holes: 0, item: parent ? parent.item : -1 };
}

/** A frame's dotted path from the body, with `tail` keys appended. */
export function pathOf(frame: Frame, ...tail: (string | number)[]): string {
  const keys: (string | number)[] = [];
  for (let at: Frame | undefined = frame; at?.parent; at = at.parent) keys.push(at.key);
  return keys.reverse().concat(tail).join('.');
}

/** Keys whose value is a list of errors or warnings (`warningsAsStatusCode`: v2 coupon redemptions). */
const listKinds: Readonly<Record<string, number>> = { errors: errorList, warnings: warningList, warningsAsStatusCode: warningList };

/** Walks a body, telling the visitor what it finds; an object reached twice (a cycle, a shared part) is visited once. */
export function walk(payload: object, visitor: Visitor): void {
  // Weak: objects a proxy or getter makes up on each read are not kept alive by the walk.
  const seen = new WeakSet<object>([payload]);
  const stack: Frame[] = [frameOf(payload, '', undefined, isStatusObject(payload, '') ? statusObject : node)];
  while (stack.length && visitor.reads > 0) {
    const frame = stack[stack.length - 1]!;
    const { value, kind } = frame;
    try {
      if (frame.end >= 0) {
        // An array is read one item per turn, so the stack holds its depth, not its breadth.
        const i = frame.next++;
        if (i >= frame.end || frame.holes > maxHoles) {
          stack.pop();
          continue;
        }
        visitor.reads -= 1;
        let child: unknown;
        try {
          child = (value as unknown[])[i];
        } catch {
          // Read as a hole.
        }
        if (child === undefined) frame.holes += 1;
        else frame.holes = 0;
        if (typeof child === 'object' && child !== null && !seen.has(child)) {
          seen.add(child);
          const element = frameOf(child, i, frame, isStatusObject(child, i) ? statusObject : node);
          // A batch item: an element of the body itself, of a v2 batch's top-level `response[]`, of
          // `entity[]` / `data[]`, or a status in a list.
          if (visitor.itemPaths && (element.kind === statusObject || frame.parent === undefined || (frame.key === 'response' && frame.parent.parent === undefined) || frame.key === 'entity' || frame.key === 'data')) {
            visitor.startItem(element);
          }
          stack.push(element);
        }
        continue;
      }
      stack.pop();
      if (kind === errorList || kind === warningList) {
        visitor.list(frame, kind === errorList ? 'error' : 'warning');
        continue;
      }
      if (kind === statusObject) visitor.status(frame);
      if (isList(value)) {
        frame.end = value.length;
        stack.push(frame);
        continue;
      }
      // Binary data holds no statuses, and enumerating a large buffer would cost its length.
      if (ArrayBuffer.isView(value)) continue;
      const first = stack.length;
      let holdsItemStatus = false;
      for (const key in value) {
        if (--visitor.reads <= 0) break;
        let child: unknown;
        try {
          child = (value as Bag)[key];
        } catch {
          continue;
        }
        if (typeof child !== 'object' || child === null || seen.has(child)) continue;
        seen.add(child);
        const childKind = Object.hasOwn(listKinds, key) ? listKinds[key]! : isStatusObject(child, key) ? statusObject : node;
        // A v1.1 `item_status`, or a status of a list's element (`rewardIssueTransactions[i].status`), makes its holder an item.
        if (childKind === statusObject && (key === 'item_status' || typeof frame.key === 'number')) holdsItemStatus = true;
        stack.push(frameOf(child, key, frame, childKind));
      }
      if (holdsItemStatus && visitor.itemPaths && frame.item < 0) {
        visitor.startItem(frame);
        for (let at = first; at < stack.length; at++) stack[at]!.item = frame.item;
      }
      // Keys were pushed first to last; reversed, the first key is read first.
      for (let low = first, high = stack.length - 1; low < high; low++, high--) {
        const swap = stack[low]!;
        stack[low] = stack[high]!;
        stack[high] = swap;
      }
    } catch {
      // An object that cannot be enumerated (a revoked proxy, a throwing trap) is skipped.
    }
  }
}
