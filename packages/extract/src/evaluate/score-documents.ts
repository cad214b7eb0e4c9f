// Scores extractions against gold annotations, exactly as shared/eval/FORMAT.md ("Scoring") says:
// entities, deals and roles as precision/recall/F1, deal attributes as accuracy over matched pairs,
// per document and over all documents (micro: counts are summed, then divided).
import type { Deal, Entity, Extraction, Role } from '../types.js';
import type { GoldDeal, GoldDocument, GoldEntity, GoldFile, GoldRole } from './gold-file.js';
import { parseGoldFile } from './gold-file.js';
import { keysMeet, nameKeys } from './fold-name.js';

/**
 * Counts and the rates made from them. `truePositives` are predictions that hit (for precision),
 * `found` the expected items that were hit (for recall); they differ only for entities, where a hit on
 * an optional gold entity helps precision but optional entities are not expected.
 * With nothing predicted precision is 1; with nothing expected recall is 1.
 */
export interface PrecisionRecall {
  truePositives: number;
  predicted: number;
  found: number;
  expected: number;
  precision: number;
  recall: number;
  f1: number;
}

/** `accuracy` is null when no matched pair had the attribute in gold. */
export interface Accuracy {
  correct: number;
  total: number;
  accuracy: number | null;
}

export interface AttributeScores {
  year: Accuracy;
  eur: Accuracy;
  status: Accuracy;
  bidders: Accuracy;
}

/** What went wrong, in words, for a person reading the report. */
export interface ScoreNotes {
  missed: string[];
  spurious: string[];
  wrongAttributes: string[];
}

export interface DocumentScore {
  file: string;
  /** true when no prediction was given for this gold document (everything counts as missed). */
  missing: boolean;
  entities: PrecisionRecall;
  deals: PrecisionRecall;
  roles: PrecisionRecall;
  attributes: AttributeScores;
  notes: ScoreNotes;
}

export interface Score {
  documents: DocumentScore[];
  overall: {
    entities: PrecisionRecall;
    deals: PrecisionRecall;
    roles: PrecisionRecall;
    attributes: AttributeScores;
  };
}

/** The 10 % tolerance on amounts in EUR. */
export const EUR_TOLERANCE = 0.1;

export function precisionRecall(truePositives: number, predicted: number, found: number, expected: number): PrecisionRecall {
  const precision = predicted === 0 ? 1 : truePositives / predicted;
  const recall = expected === 0 ? 1 : found / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, predicted, found, expected, precision, recall, f1 };
}

function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, accuracy: total === 0 ? null : correct / total };
}

const emptyExtraction = (file: string): Extraction => ({
  document: { id: file, lang: 'und', title: null, publishedAt: null },
  entities: [],
  deals: [],
  roles: [],
});

/** Name keys of the gold side: a name in a deal or role reaches the aliases of the gold entity of that name. */
function goldKeysFor(names: readonly string[], entities: readonly GoldEntity[]): Set<string> {
  const named = nameKeys(names);
  const keys = new Set(named);
  for (const entity of entities) {
    const own = nameKeys([entity.name, ...entity.aliases]);
    if (keysMeet(own, named)) for (const key of own) keys.add(key);
  }
  return keys;
}

/** Pairs predictions with gold items one to one, preferred pairs first, each in the order given. */
function pairUp<P, G>(predictions: readonly P[], golds: readonly G[], fits: (p: P, g: G) => boolean, preferred: (p: P, g: G) => boolean = () => false): Map<number, number> {
  const candidates: { p: number; g: number; rank: number }[] = [];
  predictions.forEach((p, pi) =>
    golds.forEach((g, gi) => {
      if (fits(p, g)) candidates.push({ p: pi, g: gi, rank: preferred(p, g) ? 0 : 1 });
    }),
  );
  candidates.sort((a, b) => a.rank - b.rank || a.g - b.g || a.p - b.p);
  const goldOfPrediction = new Map<number, number>();
  const takenGold = new Set<number>();
  for (const { p, g } of candidates) {
    if (goldOfPrediction.has(p) || takenGold.has(g)) continue;
    goldOfPrediction.set(p, g);
    takenGold.add(g);
  }
  return goldOfPrediction;
}

function describeGoldDeal(deal: GoldDeal): string {
  const seller = deal.seller.length > 0 ? ` from ${deal.seller[0]}` : '';
  const year = deal.year === undefined ? '' : ` (${deal.year})`;
  return `${deal.kind.join('|')} ${deal.acquirer[0] ?? '?'} → ${deal.target[0] ?? '?'}${seller}${year}`;
}

/** Scores one document; `prediction` undefined means the extractor gave nothing for it. */
export function scoreDocument(gold: GoldDocument, prediction: Extraction | undefined): DocumentScore {
  const extraction = prediction ?? emptyExtraction(gold.file);
  const notes: ScoreNotes = { missed: [], spurious: [], wrongAttributes: [] };
  const byId = new Map<string, Entity>(extraction.entities.map((entity) => [entity.id, entity]));
  const keysOfId = (id: string | null): Set<string> => {
    const entity = id === null ? undefined : byId.get(id);
    return entity === undefined ? new Set() : nameKeys([entity.name, ...entity.aliases]);
  };
  const labelOf = (id: string | null): string => (id === null ? '∅' : (byId.get(id)?.name ?? id));

  // Entities: a prediction hits a required or optional gold entity; each gold entity is found once,
  // so an entity split in two (Equinor, Equinors) costs precision.
  const predictedEntityKeys = extraction.entities.map((entity) => nameKeys([entity.name, ...entity.aliases]));
  const goldEntityKeys = gold.entities.map((entity) => nameKeys([entity.name, ...entity.aliases]));
  const entityPairs = pairUp(
    extraction.entities.map((_, index) => index),
    gold.entities.map((_, index) => index),
    (p, g) => keysMeet(predictedEntityKeys[p] as Set<string>, goldEntityKeys[g] as Set<string>),
    (_p, g) => gold.entities[g]?.required === true,
  );
  const foundGold = new Set(entityPairs.values());
  const required = gold.entities.filter((entity) => entity.required).length;
  const requiredFound = gold.entities.filter((entity, index) => entity.required && foundGold.has(index)).length;
  extraction.entities.forEach((entity, index) => {
    if (!entityPairs.has(index)) notes.spurious.push(`entity ${entity.type} ${entity.name}`);
  });
  gold.entities.forEach((entity, index) => {
    if (entity.required && !foundGold.has(index)) notes.missed.push(`entity ${entity.type} ${entity.name}`);
  });

  // Deals: kind, acquirer, target (and seller where gold names one) decide a hit; a year that agrees wins a tie.
  const partyFits = (id: string | null, names: readonly string[]): boolean =>
    names.length === 0 ? id === null : keysMeet(keysOfId(id), goldKeysFor(names, gold.entities));
  const dealFits = (p: Deal, g: GoldDeal): boolean =>
    g.kind.includes(p.kind) &&
    partyFits(p.acquirer, g.acquirer) &&
    partyFits(p.target, g.target) &&
    (g.seller.length === 0 || partyFits(p.seller, g.seller));
  const yearAgrees = (p: Deal, g: GoldDeal): boolean => g.year !== undefined && p.date?.year === g.year;
  const dealPairs = pairUp(extraction.deals, gold.deals, dealFits, yearAgrees);

  const counts = { year: [0, 0], eur: [0, 0], status: [0, 0], bidders: [0, 0] } satisfies Record<keyof AttributeScores, [number, number]>;
  const check = (attribute: keyof AttributeScores, ok: boolean, deal: GoldDeal, detail: string): void => {
    counts[attribute][1] += 1;
    if (ok) counts[attribute][0] += 1;
    else notes.wrongAttributes.push(`${attribute} of ${describeGoldDeal(deal)}: ${detail}`);
  };
  for (const [pi, gi] of dealPairs) {
    const p = extraction.deals[pi] as Deal;
    const g = gold.deals[gi] as GoldDeal;
    if (g.year !== undefined) check('year', p.date?.year === g.year, g, `predicted ${p.date?.year ?? 'none'}, gold ${g.year}`);
    if (g.eur !== undefined) {
      const eur = p.amount?.eur ?? null;
      check('eur', eur !== null && Math.abs(eur - g.eur) <= EUR_TOLERANCE * g.eur, g, `predicted ${eur ?? 'none'}, gold ${g.eur}`);
    }
    if (g.status !== undefined) check('status', g.status.includes(p.status), g, `predicted ${p.status}, gold ${g.status.join('|')}`);
    const bidderPairs = pairUp(p.bidders, g.bidders, (id, name) => partyFits(id, [name]));
    check('bidders', bidderPairs.size === p.bidders.length && bidderPairs.size === g.bidders.length, g,
      `predicted [${p.bidders.map(labelOf).join(', ')}], gold [${g.bidders.join(', ')}]`);
  }
  const matchedGoldDeals = new Set(dealPairs.values());
  extraction.deals.forEach((deal, index) => {
    if (!dealPairs.has(index)) {
      const seller = deal.seller === null ? '' : ` from ${labelOf(deal.seller)}`;
      notes.spurious.push(`deal ${deal.kind} ${labelOf(deal.acquirer)} → ${labelOf(deal.target)}${seller} (${deal.date?.year ?? '?'})`);
    }
  });
  gold.deals.forEach((deal, index) => {
    if (!matchedGoldDeals.has(index)) notes.missed.push(`deal ${describeGoldDeal(deal)}`);
  });

  // Roles: person, org and role all match.
  const roleFits = (p: Role, g: GoldRole): boolean => g.role.includes(p.role) && partyFits(p.person, [g.person]) && partyFits(p.org, g.org);
  const rolePairs = pairUp(extraction.roles, gold.roles, roleFits);
  const matchedGoldRoles = new Set(rolePairs.values());
  extraction.roles.forEach((role, index) => {
    if (!rolePairs.has(index)) notes.spurious.push(`role ${labelOf(role.person)} ${role.role} at ${labelOf(role.org)}`);
  });
  gold.roles.forEach((role, index) => {
    if (!matchedGoldRoles.has(index)) notes.missed.push(`role ${role.person} ${role.role.join('|')} at ${role.org[0] ?? '?'}`);
  });

  return {
    file: gold.file,
    missing: prediction === undefined,
    entities: precisionRecall(entityPairs.size, extraction.entities.length, requiredFound, required),
    deals: precisionRecall(dealPairs.size, extraction.deals.length, dealPairs.size, gold.deals.length),
    roles: precisionRecall(rolePairs.size, extraction.roles.length, rolePairs.size, gold.roles.length),
    attributes: {
      year: accuracy(...counts.year),
      eur: accuracy(...counts.eur),
      status: accuracy(...counts.status),
      bidders: accuracy(...counts.bidders),
    },
    notes,
  };
}

function sumPrecisionRecall(scores: readonly PrecisionRecall[]): PrecisionRecall {
  const sum = (field: 'truePositives' | 'predicted' | 'found' | 'expected'): number => scores.reduce((total, score) => total + score[field], 0);
  return precisionRecall(sum('truePositives'), sum('predicted'), sum('found'), sum('expected'));
}

function sumAccuracy(scores: readonly Accuracy[]): Accuracy {
  return accuracy(
    scores.reduce((total, score) => total + score.correct, 0),
    scores.reduce((total, score) => total + score.total, 0),
  );
}

/**
 * Scores every gold document against the prediction for its file (a gold document without a
 * prediction scores as an empty extraction; predictions for files the gold does not list are ignored).
 * `gold` may be the parsed JSON of a gold file: it is checked and normalised first.
 */
export function scoreDocuments(gold: GoldFile, predictions: ReadonlyMap<string, Extraction> | Readonly<Record<string, Extraction>>): Score {
  const checked = parseGoldFile(gold);
  const lookup = (file: string): Extraction | undefined =>
    predictions instanceof Map ? predictions.get(file) : Object.hasOwn(predictions, file) ? (predictions as Record<string, Extraction>)[file] : undefined;
  const documents = checked.documents.map((document) => scoreDocument(document, lookup(document.file)));
  return {
    documents,
    overall: {
      entities: sumPrecisionRecall(documents.map((d) => d.entities)),
      deals: sumPrecisionRecall(documents.map((d) => d.deals)),
      roles: sumPrecisionRecall(documents.map((d) => d.roles)),
      attributes: {
        year: sumAccuracy(documents.map((d) => d.attributes.year)),
        eur: sumAccuracy(documents.map((d) => d.attributes.eur)),
        status: sumAccuracy(documents.map((d) => d.attributes.status)),
        bidders: sumAccuracy(documents.map((d) => d.attributes.bidders)),
      },
    },
  };
}
