// The working shapes of the entity stages: a mention in a sentence and the entity it resolves to.
import type { EntityType } from '../types.js';

/** A sentence as the stages see it: its text, offsets into the text as read, language and whether it is a headline. */
export interface TextSentence {
  text: string;
  start: number;
  end: number;
  block: number;
  lang: string;
  isTitle: boolean;
}

/** How sure we are that a span names an entity: 0 only capitalised, 1 a cue, 2 a suffix, a known name or a first name. */
export type Strength = 0 | 1 | 2;

export interface Mention {
  /** Index of the sentence. */
  sentence: number;
  /** Offsets within the sentence text, end exclusive. */
  start: number;
  end: number;
  /** As written. */
  surface: string;
  /** Without genitive ending or leading adjective. */
  name: string;
  type: EntityType;
  strength: Strength;
  /** First word of its sentence (capitalised for grammar, not for being a name). */
  initial: boolean;
  /** Written as a genitive ('Volvo's', 'Volvos' when the stem is known). */
  genitive: boolean;
  /** A unit of this company name ('its mobile division'). */
  parentName?: string;
  /** A unit the page describes by a bare noun only ('sein amerikanisches Süsswarengeschäft'). */
  descriptive?: boolean;
  /** Filled by resolution: index into the entity list. */
  entity?: number;
}

export interface ResolvedEntity {
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: Mention[];
  strength: Strength;
  /** Index of the parent company's entity, for a unit. */
  parent: number | null;
  /** Whether it goes into the output: strong enough on its own or used by a deal or role. */
  accepted: boolean;
  /** Only described, never named: 'its mobile division'. */
  descriptive?: boolean;
}
