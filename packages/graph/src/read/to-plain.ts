import neo4j from 'neo4j-driver';

/**
 * Turns a value returned by the driver into plain JavaScript: integers become numbers
 * (the read queries return counts and years, far below 2^53), temporal values become
 * ISO strings, maps and lists are converted all the way down. Lists and plain maps are
 * converted in place: the driver made them for this result alone, and copying every one of
 * them was a good part of a large read's garbage.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  // Lists and maps are most of what the read queries return: take them before the class checks.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      if (item !== null && typeof item === 'object') value[i] = toPlain(item);
      else if (item === undefined) value[i] = null;
    }
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key in map) {
      const item = map[key];
      if (item !== null && typeof item === 'object') map[key] = toPlain(item);
      else if (item === undefined) map[key] = null;
    }
    return map;
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
