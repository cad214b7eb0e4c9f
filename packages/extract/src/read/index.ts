// Reading a page: bytes to text, HTML to article text, text to article blocks, language, sentences.

// Shapes
export type { Block, CleanText, Dropped, PageFurnitureLexicon, Sentence } from './types.js';

// Bytes and HTML
export { decodeBytes, type DecodeOptions } from './decode-bytes.js';
export { looksLikeHtml } from './looks-like-html.js';
export { readHtml, type HtmlPage } from './read-html.js';

// Page furniture
export { cleanText, type CleanTextOptions } from './clean-text.js';

// Language and sentences
export { detectBlockLanguages, detectLanguage } from './detect-language.js';
export { splitSentences } from './split-sentences.js';
export { quotedSpans, quotedSpansBySentence } from './quoted-spans.js';
