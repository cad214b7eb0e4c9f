// Owners a page tells outright ('Atos Medical er ejet af PAI Partners'): the seller of a purchase that names none.
import { wordAlternation } from '../lexicon/compile-phrases.js';
import { lexiconFor } from '../lexicon/languages.js';
import { perLanguage } from '../lexicon/per-language.js';
import type { Mention, ResolvedEntity, TextSentence } from '../entities/mention.js';

/**
 * The words between an owned company and its owner: a few words and no clause break before the phrase ('Atos Medical er
 * baseret i Sverige og er ejet af'), and up to three lower-case words after it ('… af kapitalfonden X').
 */
const ownedByPhrase = perLanguage((lang) => new RegExp(`^[^.;:!?]{0,60}?(?<![\\p{L}])${wordAlternation(lexiconFor(lang).clauseWords.ownedBy)}(?:\\s+[\\p{Ll}-]+){0,3}\\s+$`, 'iu'));

/** 'X, der Eigentümer von Y', 'X, the owner of Y': the words between an owner set off by a comma and what it owns. */
const ownerOfPhrase = perLanguage((lang) => new RegExp(`^\\s*,\\s*${wordAlternation(lexiconFor(lang).clauseWords.ownerOf)}(?:\\s+[\\p{Ll}-]+){0,3}\\s+$`, 'iu'));

/**
 * The owner told for each company of the page ('X is owned by Y', 'X ägs av Y och Z': the first owner named), by entity.
 * A company said to belong to several owners keeps the first; one said to own itself is left out.
 */
export function ownersTold(sentences: readonly TextSentence[], bySentence: readonly Mention[][], entities: readonly ResolvedEntity[]): Map<number, number> {
  const owners = new Map<number, number>();
  sentences.forEach((sentence, index) => {
    const mentions = bySentence[index] ?? [];
    if (mentions.length < 2) return;
    for (let i = 0; i + 1 < mentions.length; i += 1) {
      const owned = mentions[i] as Mention;
      if (owned.entity === undefined || entities[owned.entity]?.type !== 'COMPANY' || owners.has(owned.entity)) continue;
      for (let j = i + 1; j < mentions.length; j += 1) {
        const owner = mentions[j] as Mention;
        const between = sentence.text.slice(owned.end, owner.start);
        if (between.length > 120) break;
        if (!ownedByPhrase(sentence.lang).test(between)) continue;
        if (owner.entity !== undefined && owner.entity !== owned.entity) owners.set(owned.entity, owner.entity);
        break;
      }
    }
    // The owner first: 'Ströer, der Eigentümer von T-Online, …'.
    for (let i = 0; i + 1 < mentions.length; i += 1) {
      const owner = mentions[i] as Mention;
      const owned = mentions[i + 1] as Mention;
      if (owner.entity === undefined || owned.entity === undefined || owner.entity === owned.entity || entities[owned.entity]?.type !== 'COMPANY' || owners.has(owned.entity)) continue;
      if (ownerOfPhrase(sentence.lang).test(sentence.text.slice(owner.end, owned.start))) owners.set(owned.entity, owner.entity);
    }
  });
  return owners;
}
