// The writes the gateway can expose; the host (the CLI's serve command) supplies them, so the
// gateway needs neither the extractor nor the loader.

/** An article to ingest: text or HTML. */
export interface IngestArticleInput {
  text?: string | null;
  html?: string | null;
  /** YYYY-MM-DD. */
  publishedAt?: string | null;
  url?: string | null;
}

/** What an ingest touched, by id; the gateway reads the rest. */
export interface IngestArticleResult {
  articleId: string | null;
  /** Every deal the article states. */
  dealIds: string[];
  /** The deals the article made for the first time: published on dealAdded. */
  createdDealIds: string[];
  partyIds: string[];
}

export type IngestArticle = (input: IngestArticleInput) => Promise<IngestArticleResult>;

/** Curation; mergeParties returns the kept party's id. `by` is the writer. */
export interface CurationFunctions {
  mergeParties(input: { keepId: string; mergeId: string; reason: string | null; by: string }): Promise<string>;
  undoMerge(input: { mergedId: string; by: string }): Promise<unknown>;
  rejectFact(input: { claimId: string; reason: string | null; by: string }): Promise<void>;
  confirmFact(input: { claimId: string; by: string }): Promise<void>;
}
