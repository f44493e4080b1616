/**
 * Appends every item to `target` in order. `target.push(...items)` passes each item as an
 * argument, and a call takes only so many: a file of some 125,000 rows, or as many problems,
 * overflows the stack. Data-sized lists are appended with this instead.
 */
export function pushAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
