// Shapes shared by the reading stage (read/) and the stages built on it.

/** A paragraph or headline of the article, with offsets into the text as read (end exclusive). */
export interface Block {
  text: string;
  start: number;
  end: number;
  kind: 'title' | 'body';
}

/** A piece of page furniture left out of the article, and why. */
export interface Dropped {
  text: string;
  start: number;
  end: number;
  /** 'repeated', 'read-also', 'advert', 'job-listing', 'people-news', 'tag-run', 'navigation', 'popup', 'events', 'order-prompt', 'caption' */
  reason: string;
}

export interface CleanText {
  title: string | null;
  blocks: Block[];
  dropped: Dropped[];
}

/** One sentence of a block, offsets into the text as read. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the block it comes from. */
  block: number;
  lang: string;
}

/**
 * Phrases of one language that mark page furniture. Phrases are lowercase; a line is compared
 * lowercased, with runs of whitespace made single and trailing ':', '!', '.', '»', '›', '>' removed.
 */
export interface PageFurnitureLexicon {
  /** Whole lines that are furniture, with the reason ('navigation', 'order-prompt', 'popup', 'advert', 'read-also', …). */
  lines: Record<string, string>;
  /** Openers of a link to another article; the rest of the line, or the next headline lines, are the links. */
  readAlso: string[];
  /** Openers of an advert or sponsored post. */
  advert: string[];
  /** Phrases found inside popups, cookie walls and newsletter prompts. */
  popup: string[];
  /** Headings after which the rest of the page is furniture, with the reason for what follows. */
  tailStart: Record<string, string>;
  /** Cues inside an article paragraph after which the rest (following a colon) is a link to another article. */
  inlineLink: string[];
  /** Link words that close event and teaser lines ('| Read more'). */
  readMore: string[];
  /** Markers that end an item of a people-news column ('New job'). */
  peopleNews: string[];
  /** Sentences typical of a people-news column ('X har pr. 1. maj 2025 ansat Y som …'). */
  hirePatterns?: RegExp[];
  /** Words of job titles, to tell job listings (employer / title / place) from other short lines. */
  jobWords: string[];
  /** Labels that open one job advert on its own line ('Offre d'emploi : Ingénieur …', 'Vacature: …'). */
  jobAdLabels?: string[];
  /** Words that introduce the writer's name in a byline ('By', 'Af', 'Door'). */
  byline: string[];
  /** Words that open the credit of a photo ('Photo: Agency', 'Foto: Ritzau Scanpix'): the line is a caption. */
  photoCredit: string[];
}
