import neo4j from 'neo4j-driver';

/**
 * Turns a value returned by the driver into plain JavaScript: integers become numbers
 * (the read queries return counts and years, far below 2^53), temporal values become
 * ISO strings, maps and lists are converted all the way down.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  // Lists and maps are most of what the read queries return: take them before the class checks.
  if (Array.isArray(value)) {
    const list = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i += 1) list[i] = toPlain(value[i]);
    return list;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const plain: Record<string, unknown> = {};
    for (const key in value) plain[key] = toPlain((value as Record<string, unknown>)[key]);
    return plain;
  }
  if (neo4j.isInt(value)) return value.toNumber();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  const plain: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) plain[key] = toPlain(item);
  return plain;
}
