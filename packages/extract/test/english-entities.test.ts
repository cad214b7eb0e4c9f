// Table tests for the compromise stage (src/entities/find-english-entities.ts): English sentences of our own about real
// deals whose people the capitalisation rules alone take for companies, with a table of names it must leave alone.
import { extractDocument } from '../src/index.js';

function typeOf(page: string, name: string): string | undefined {
  return extractDocument(page, { publishedAt: '2020-01-01' }).entities.find((entity) => entity.name === name)?.type;
}

/** [page, name, type expected]: a person whose first name is in no lexicon, read as a person through compromise. */
const settled: [string, string, string][] = [
  ['Bobby Kotick, chief executive of Activision Blizzard, will stay on until the deal closes.', 'Bobby Kotick', 'PERSON'],
  ['Dara Khosrowshahi said Uber would acquire Postmates for $2.65 billion in stock.', 'Dara Khosrowshahi', 'PERSON'],
  ['Stewart Butterfield, who co-founded Slack, will remain at the company after Salesforce buys it.', 'Stewart Butterfield', 'PERSON'],
  // The companies of the same sentences stay companies.
  ['Bobby Kotick, chief executive of Activision Blizzard, will stay on until the deal closes.', 'Activision Blizzard', 'COMPANY'],
  ['Dara Khosrowshahi said Uber would acquire Postmates for $2.65 billion in stock.', 'Postmates', 'COMPANY'],
];

/** [page, name, type expected]: names compromise must not retype, and spans it must not add. */
const leftAlone: [string, string, string | undefined][] = [
  // A company named for a person ends in a first name: compromise says person, the rules' company stands.
  ['Lockheed Martin agreed to buy Aerojet Rocketdyne, chief executive James Taiclet said.', 'Lockheed Martin', 'COMPANY'],
  // A corporate suffix or a known name is a strong rule signal.
  ['Goldman Sachs advised Johnson & Johnson on its $30 billion purchase of Actelion.', 'Goldman Sachs', 'COMPANY'],
  ['Berkshire Hathaway agreed to buy Precision Castparts for $37 billion in August.', 'Berkshire Hathaway', 'COMPANY'],
  ['Berkshire Hathaway agreed to buy Precision Castparts for $37 billion in August.', 'August', undefined],
  ['Hewlett Packard Enterprise will buy Juniper Networks for $14 billion.', 'Juniper Networks', 'COMPANY'],
  // Places, nationalities and months are never added.
  ['The Swiss buyer paid $2 billion for the New York lender in December, its chief executive said.', 'New York', undefined],
  ['The Swiss buyer paid $2 billion for the New York lender in December, its chief executive said.', 'December', undefined],
  ['The Swiss buyer paid $2 billion for the New York lender in December, its chief executive said.', 'Swiss', undefined],
];

describe('English entities through compromise', () => {
  test.each(settled)('%s → %s is a %s', (page, name, type) => {
    expect(typeOf(page, name)).toBe(type);
  });

  test.each(leftAlone)('%s → %s stays %s', (page, name, type) => {
    expect(typeOf(page, name)).toBe(type);
  });
});
