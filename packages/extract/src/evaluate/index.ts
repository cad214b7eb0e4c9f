// Scoring extractions against hand-made gold annotations (shared/eval/FORMAT.md).
export { foldName } from './fold-name.js';
export { parseGoldFile, type GoldDeal, type GoldDocument, type GoldEntity, type GoldFile, type GoldRole } from './gold-file.js';
export {
  EUR_TOLERANCE,
  scoreDocument,
  scoreDocuments,
  type Accuracy,
  type AttributeScores,
  type DocumentScore,
  type PrecisionRecall,
  type Score,
  type ScoreNotes,
} from './score-documents.js';
export { formatScoreReport, type FormatScoreReportOptions } from './format-score-report.js';
