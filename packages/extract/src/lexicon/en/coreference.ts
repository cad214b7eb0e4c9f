// English phrases that point back to a company or unit, name a unit, or mark a company, a clause or a determiner.
import type { Coreference } from '../types.js';

export const coreference: Coreference = {
  companyPhrases: ['the company', 'the group', 'the firm', 'the business', 'the conglomerate', 'the maker', 'the company itself', 'it'],
  companyGenitives: ["the company's", "the group's", "the firm's", 'its'],
  reflexivePossessives: ['its', 'their'],
  personPronouns: ['he', 'she'],
  unitNouns: ['brand', 'division', 'unit', 'business', 'arm', 'subsidiary', 'operations', 'branch', 'segment', 'spinoff', 'spin-off'],
  unitGenitives: ["the division's", "the unit's", "the business's"],
  companyClassNouns: ['company', 'firm', 'group', 'maker', 'manufacturer', 'producer', 'retailer', 'bank', 'insurer', 'carmaker', 'startup', 'start-up', 'agency', 'rival', 'conglomerate', 'subsidiary', 'brand', 'operator', 'supplier', 'developer', 'giant', 'peer', 'owner', 'lender', 'fund', 'investor', 'buyer', 'provider', 'chain', 'confectioner', 'brewer', 'miner', 'airline', 'carrier', 'broadcaster', 'distributor', 'publisher', 'specialist', 'outfit'],
  relativePronouns: ['which', 'that', 'who'],
  clauseConjunctions: ['but', 'while', 'whereas', 'although', 'and then', 'after it'],
  buyerIs: ['the buyer is', 'the buyer was', 'the acquirer is', 'the purchaser is', 'the buyer,'],
  sellerIs: ['the seller is', 'the seller was', 'the vendor is', 'the seller,', 'the previous owner is', 'the previous owner was', 'the former owner is', 'the former owner was'],
  targetIs: ['the target is', 'the target was'],
  determiners: ['the', 'a', 'an', 'each', 'every', 'its', 'their', 'his', 'her', 'this', 'that', 'rival', 'fellow'],
  indefiniteArticles: ['a', 'an'],
};
