import type { FactEntity, FactEvidence } from './types.js';

/** Where a sentence ends: a stop followed by a space or the end, or a line break. */
const SENTENCE_END = /[.!?](?=\s|$)|\n/gu;

/** The sentence of `text` around the span [start, end), trimmed, with its offsets. */
export function sentenceAround(text: string, start: number, end: number): FactEvidence {
  let from = 0;
  let to = text.length;
  for (const stop of text.matchAll(SENTENCE_END)) {
    const at = stop.index;
    if (at < start) from = at + 1;
    else if (at >= end - 1) {
      to = stop[0] === '\n' ? at : at + 1;
      break;
    }
  }
  while (from < to && /\s/u.test(text[from] ?? '')) from += 1;
  while (to > from && /\s/u.test(text[to - 1] ?? '')) to -= 1;
  return { text: text.slice(from, to), start: from, end: to };
}

/**
 * The sentence that states a unit belongs to its parent. The extractor gives the unit's
 * mentions but no evidence for the link, so it is the first sentence naming the unit
 * together with a mention of the parent, else with the parent's name written beside the
 * unit's ("Siemens said its unit Healthineers…", not the "Siemens" inside "Siemens Healthineers"),
 * else the first naming the unit. None without mentions.
 */
export function findUnitEvidence(text: string, unit: FactEntity, parent: FactEntity): FactEvidence | undefined {
  const mentioned = (unit.mentions ?? [])
    .filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end)
    .map((m) => ({ mention: m, sentence: sentenceAround(text, m.start, m.end) }));
  const parentNames = [parent.name, ...parent.aliases].map((n) => n.toLowerCase()).filter((n) => n.length > 0);
  const byMention = mentioned.find(({ sentence }) => (parent.mentions ?? []).some((m) => m.start >= sentence.start && m.end <= sentence.end));
  const byName = mentioned.find(({ mention, sentence }) => {
    const around = (text.slice(sentence.start, mention.start) + ' ' + text.slice(mention.end, sentence.end)).toLowerCase();
    return parentNames.some((n) => around.includes(n));
  });
  return (byMention ?? byName ?? mentioned[0])?.sentence;
}
