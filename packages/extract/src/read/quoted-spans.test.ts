import { quotedSpansBySentence } from './quoted-spans.js';

describe('quotedSpansBySentence', () => {
  test('a quotation over two sentences of one paragraph quotes the second up to its closing mark', () => {
    const sentences = [
      { text: '»We like the fit.', block: 0 },
      { text: 'The price is fair,« Harwick writes.', block: 0 },
    ];
    expect(quotedSpansBySentence(sentences)).toEqual([[[0, 17]], [[0, 19]]]);
  });

  test('a quotation inside one sentence keeps its own offsets', () => {
    expect(quotedSpansBySentence([{ text: 'Harwick said: „We will grow.“ Then it left.', block: 0 }])).toEqual([[[14, 29]]]);
  });

  test('an opening mark left open in one paragraph quotes nothing of the next', () => {
    const sentences = [
      { text: '»This paragraph never closes its quotation.', block: 0 },
      { text: 'Harwick bought Selvane, «the rival».', block: 1 },
    ];
    expect(quotedSpansBySentence(sentences)).toEqual([[], [[24, 35]]]);
  });
});
