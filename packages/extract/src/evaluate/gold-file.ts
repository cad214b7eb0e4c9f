// The gold annotation shape of shared/eval/FORMAT.md, and a reader that checks it once so the
// scorer can trust it. Notes for people (text, source, traps, corpus_level) are kept but unused.
import type { DealKind, DealStatus, EntityType, RoleKind } from '../types.js';
import { ExtractError } from '../extract-error.js';

export interface GoldEntity {
  type: EntityType;
  name: string;
  aliases: string[];
  /** false: present but beside the point (publisher, advertiser); finding it is no error, missing it no miss. */
  required: boolean;
}

export interface GoldDeal {
  /** Any of these kinds is right. */
  kind: DealKind[];
  /** Any of these names is right (a merger lists both parties on both sides). */
  acquirer: string[];
  target: string[];
  /** Empty: the seller is not checked. */
  seller: string[];
  /** Every one of these showed interest; compared as a set. */
  bidders: string[];
  year?: number;
  /** Checked within 10 %. */
  eur?: number;
  /** Any of these is right. */
  status?: DealStatus[];
}

export interface GoldRole {
  person: string;
  /** Any of these is right. */
  org: string[];
  /** Any of these is right. */
  role: RoleKind[];
}

export interface GoldDocument {
  /** File name inside the annotated folder; predictions are looked up by it. */
  file: string;
  lang?: string;
  publishedAt?: string | null;
  entities: GoldEntity[];
  deals: GoldDeal[];
  roles: GoldRole[];
  traps?: string[];
}

export interface GoldFile {
  /** Where the documents live, relative to the repository (a note). */
  corpus?: string;
  documents: GoldDocument[];
}

const DEAL_KINDS: readonly DealKind[] = ['ACQUISITION', 'MERGER', 'STAKE', 'WRITE_DOWN'];
const STATUSES: readonly DealStatus[] = ['RUMORED', 'PLANNED', 'COMPLETED', 'CANCELLED'];
const ROLE_KINDS: readonly RoleKind[] = ['FOUNDER', 'CEO', 'CHAIRMAN', 'HEAD', 'EXECUTIVE', 'BOARD', 'EMPLOYEE'];
const ENTITY_TYPES: readonly EntityType[] = ['COMPANY', 'PERSON'];

type Json = Record<string, unknown>;

function fail(where: string, what: string): never {
  throw new ExtractError('INVALID_OPTION', `Gold file: ${where} ${what}. Fix the annotation (shape: shared/eval/FORMAT.md, "Gold file").`);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A name or a list of names (FORMAT.md allows "any of" lists wherever one value fits). */
function strings(value: unknown, where: string, optional = false): string[] {
  if (value === undefined || value === null) {
    if (optional) return [];
    fail(where, 'is missing');
  }
  const list = Array.isArray(value) ? value : [value];
  for (const item of list) if (typeof item !== 'string' || item.trim() === '') fail(where, 'must be a non-empty string or a list of them');
  return list as string[];
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], where: string, optional = false): T[] {
  const list = strings(value, where, optional);
  for (const item of list) if (!allowed.includes(item as T)) fail(where, `has '${item}', expected one of ${allowed.join(', ')}`);
  return list as T[];
}

function optionalNumber(value: unknown, where: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(where, 'must be a number');
  return value;
}

function list(value: unknown, where: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(where, 'must be a list');
  return value;
}

function parseEntity(value: unknown, where: string): GoldEntity {
  if (!isObject(value)) fail(where, 'must be an object');
  const [type] = oneOf(value.type, ENTITY_TYPES, `${where}.type`);
  const [name] = strings(value.name, `${where}.name`);
  if (value.required !== undefined && typeof value.required !== 'boolean') fail(`${where}.required`, 'must be true or false');
  return { type: type as EntityType, name: name as string, aliases: strings(value.aliases, `${where}.aliases`, true), required: value.required !== false };
}

function parseDeal(value: unknown, where: string): GoldDeal {
  if (!isObject(value)) fail(where, 'must be an object');
  const deal: GoldDeal = {
    kind: oneOf(value.kind, DEAL_KINDS, `${where}.kind`),
    acquirer: strings(value.acquirer, `${where}.acquirer`),
    target: strings(value.target, `${where}.target`),
    seller: strings(value.seller, `${where}.seller`, true),
    bidders: strings(value.bidders, `${where}.bidders`, true),
  };
  const year = optionalNumber(value.year, `${where}.year`);
  if (year !== undefined) deal.year = year;
  const eur = optionalNumber(value.eur, `${where}.eur`);
  if (eur !== undefined) deal.eur = eur;
  if (value.status !== undefined && value.status !== null) deal.status = oneOf(value.status, STATUSES, `${where}.status`);
  return deal;
}

function parseRole(value: unknown, where: string): GoldRole {
  if (!isObject(value)) fail(where, 'must be an object');
  const [person] = strings(value.person, `${where}.person`);
  return { person: person as string, org: strings(value.org, `${where}.org`), role: oneOf(value.role, ROLE_KINDS, `${where}.role`) };
}

/** Checks parsed JSON against the gold shape and normalises single values to lists. */
export function parseGoldFile(value: unknown): GoldFile {
  if (!isObject(value) || !Array.isArray(value.documents)) fail('the top level', "must be an object with a 'documents' list");
  const documents = value.documents.map((raw, index): GoldDocument => {
    const where = `documents[${index}]`;
    if (!isObject(raw)) fail(where, 'must be an object');
    const [file] = strings(raw.file, `${where}.file`);
    const document: GoldDocument = {
      file: file as string,
      entities: list(raw.entities, `${where}.entities`).map((item, i) => parseEntity(item, `${where}.entities[${i}]`)),
      deals: list(raw.deals, `${where}.deals`).map((item, i) => parseDeal(item, `${where}.deals[${i}]`)),
      roles: list(raw.roles, `${where}.roles`).map((item, i) => parseRole(item, `${where}.roles[${i}]`)),
    };
    if (typeof raw.lang === 'string') document.lang = raw.lang;
    if (typeof raw.publishedAt === 'string' || raw.publishedAt === null) document.publishedAt = raw.publishedAt;
    if (Array.isArray(raw.traps)) document.traps = raw.traps.filter((trap): trap is string => typeof trap === 'string');
    return document;
  });
  const gold: GoldFile = { documents };
  if (typeof value.corpus === 'string') gold.corpus = value.corpus;
  return gold;
}
