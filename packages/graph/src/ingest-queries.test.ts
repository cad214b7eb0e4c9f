import { expect, test } from '@jest/globals';
import { splitStatements } from './apply-schema.js';
import { createArticlesWithFacts, createMentions, findDealClaims, findDealContext, findPartyCandidates, writeClaims, writeDealParties, writeParties } from './ingest-queries.js';

test('candidate lookup: every branch starts from an index', () => {
  expect(findPartyCandidates({ keys: ['acme'], heads: ['acme'], mids: ['ae'], tails: [] })).toMatchSnapshot();
});

test('writes are parameterised UNWINDs with static labels and types', () => {
  const party = { id: 'com_1', type: 'COMPANY' as const, name: 'Acme', nameKey: 'acme', headBlock: 'acme', midBlock: null, tailBlock: null, aliases: ['Acme'], aliasKeys: ['acme'], resolution: [] };
  expect(writeParties('COMPANY', [party])).toMatchSnapshot();
  expect(writeDealParties('SELLER', [{ dealId: 'd', partyId: 'p' }])).toMatchSnapshot();
  expect(writeClaims('Deal', [])).toMatchSnapshot();
  expect(
    createArticlesWithFacts([
      {
        id: 'a', title: 'T', lang: 'en', publishedAt: '2016-05-01', url: null, text: 'Acme buys Beta.', contentType: 'text', extractorVersion: 'x',
        mentions: [['p', ['Acme'], 0, 4]],
        deals: [{ id: 'd', claims: [['c', 'status', '"COMPLETED"', null, null, null, 'Acme buys Beta.', 0, 15, 0.9]] }],
        roles: [],
        units: [{ id: 'u', claims: [['c2', 'unit', '{"party":"p"}', null, 'p', null, 'Beta Health, a unit of Beta.', 16, 44, 1]] }],
      },
    ]),
  ).toMatchSnapshot();
  expect(createMentions([{ articleId: 'a', partyId: 'p', names: ['Acme'], start: 0, end: 4 }])).toMatchSnapshot();
  expect(findDealContext([{ id: 'p', kinds: ['ACQUISITION', 'STAKE'] }], ['CEO'])).toMatchSnapshot();
  expect(findDealContext([{ id: 'p', kinds: ['ACQUISITION'] }], ['CEO'], 'sides')).toMatchSnapshot();
  expect(findDealClaims(['d'])).toMatchSnapshot();
});

test('schema files split into statements, comments dropped', () => {
  expect(splitStatements('// why\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);\n')).toEqual([
    'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)',
    'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y)',
  ]);
});
