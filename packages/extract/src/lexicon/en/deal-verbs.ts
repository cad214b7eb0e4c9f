// English verbs, nouns and prepositions that say a business changes owner, merges, is written down or draws bids.
import type { DealPrepositions, DealVerbs } from '../types.js';

export const dealVerbs: DealVerbs = {
  buy: {
    past: ['raised its stake in', 'raised their stake in', 'raised its holding in', 'raised their holding in', 'raised its shareholding in', 'raised their shareholding in', 'increased its stake in', 'increased their stake in', 'increased its holding in', 'increased their holding in', 'increased its shareholding in', 'increased their shareholding in', 'upped its stake in', 'upped their stake in', 'upped its holding in', 'upped their holding in', 'upped its shareholding in', 'upped their shareholding in', 'lifted its stake in', 'lifted their stake in', 'lifted its holding in', 'lifted their holding in', 'lifted its shareholding in', 'lifted their shareholding in', 'boosted its stake in', 'boosted their stake in', 'boosted its holding in', 'boosted their holding in', 'boosted its shareholding in', 'boosted their shareholding in', 'became the largest shareholder in', 'became the biggest shareholder in', 'became the largest shareholder of', 'became the biggest shareholder of', 'took … private', 'bought out', 'picked up', 'has bought out', 'bought', 'acquired', 'purchased', 'took over', 'snapped up', 'has bought', 'has acquired', 'completed the acquisition of', 'completed its acquisition of', 'closed its acquisition of', 'absorbed', 'built up a stake', 'has built up a stake', 'built a stake', 'has built a stake', 'took a … stake', 'has taken a … stake', 'took full control of', 'has taken full control of', 'swallowed', 'took control of', 'has taken control of', 'gained control of', 'seized control of', 'added', 'scooped up', 'followed by', 'disclosed a … stake', 'built a … stake', 'has built a … stake', 'had taken a … stake', 'became a shareholder in', 'became a shareholder of', 'secured a … stake', 'won the battle for', 'won the bidding war for', 'won the race for', 'won the fight for', 'won the takeover battle for'],
    present: ['raises its stake in', 'raises their stake in', 'raises its holding in', 'raises their holding in', 'raises its shareholding in', 'raises their shareholding in', 'increases its stake in', 'increases their stake in', 'increases its holding in', 'increases their holding in', 'increases its shareholding in', 'increases their shareholding in', 'ups its stake in', 'ups their stake in', 'ups its holding in', 'ups their holding in', 'ups its shareholding in', 'ups their shareholding in', 'lifts its stake in', 'lifts their stake in', 'lifts its holding in', 'lifts their holding in', 'lifts its shareholding in', 'lifts their shareholding in', 'boosts its stake in', 'boosts their stake in', 'boosts its holding in', 'boosts their holding in', 'boosts its shareholding in', 'boosts their shareholding in', 'becomes the largest shareholder in', 'becomes the biggest shareholder in', 'becomes the largest shareholder of', 'becomes the biggest shareholder of', 'adds', 'takes … private', 'buys out', 'picks up', 'buys', 'acquires', 'purchases', 'takes over', 'snaps up', 'is buying', 'is acquiring', 'will own', 'swallows', 'takes control of', 'gains control of', 'takes a … stake', 'takes full control of', 'discloses a … stake', 'builds a … stake', 'becomes a shareholder in', 'becomes a shareholder of', 'wins the battle for', 'wins the bidding war for', 'wins the race for', 'wins the takeover battle for'],
    base: ['raise its stake in', 'raise their stake in', 'raise its holding in', 'raise their holding in', 'increase its stake in', 'increase their stake in', 'increase its holding in', 'increase their holding in', 'up its stake in', 'up their stake in', 'up its holding in', 'up their holding in', 'raising its stake in', 'raising their stake in', 'raising its holding in', 'raising their holding in', 'increasing its stake in', 'increasing their stake in', 'increasing its holding in', 'increasing their holding in', 'upping its stake in', 'upping their stake in', 'upping its holding in', 'upping their holding in', 'become the largest shareholder in', 'become the biggest shareholder in', 'take … private', 'taking … private', 'buy', 'acquire', 'purchase', 'take over', 'buying', 'acquiring', 'taking over', 'swallow', 'take control of', 'taking control of', 'gain control of', 'take a … stake', 'taking a … stake', 'take full control of', 'taking full control of', 'become a shareholder in'],
  },
  sell: {
    past: ['sold', 'divested', 'offloaded', 'disposed of', 'spun off', 'has sold', 'has divested', 'carved out'],
    present: ['sells', 'divests', 'offloads', 'disposes of', 'spins off', 'is selling'],
    base: ['sell', 'divest', 'offload', 'dispose of', 'spin off', 'selling', 'divesting'],
  },
  pay: {
    past: ['paid', 'has paid', 'spent', 'has spent', 'shelled out', 'forked out'],
    present: ['pays', 'is paying'],
    base: ['pay', 'paying'],
  },
  merge: {
    past: ['merged', 'combined', 'were merged', 'was merged'],
    present: ['merges', 'merge', 'combine', 'are merging', 'are being merged', 'are to be merged'],
    base: ['merging', 'to merge', 'combining'],
  },
  writeDown: {
    past: ['wrote down', 'wrote off', 'has written down', 'has written off', 'booked an impairment', 'took an impairment', 'took a write-down', 'booked a write-down', 'impaired'],
    present: ['writes down', 'writes off', 'books an impairment', 'takes an impairment'],
    base: ['write down', 'write off', 'writing down', 'writing off'],
  },
  passiveBuy: {
    past: ['was acquired', 'was bought', 'was purchased', 'was taken over', 'has been acquired', 'has been bought', 'had been acquired', 'were acquired', 'acquired by', 'bought by', 'taken over by', 'was sold', 'were sold', 'has been sold', 'had been sold', 'came into the hands of', 'fell into the hands of', 'passed into the hands of', 'came under the control of', 'fell into the hands of', 'passed to'],
    present: ['is acquired', 'is bought', 'is being acquired', 'is being bought', 'is sold', 'is being sold', 'are being sold', 'falls into the hands of', 'fall into the hands of', 'passes to', 'pass to'],
    base: ['be acquired', 'be bought', 'be taken over', 'be sold', 'be divested'],
  },
  interest: ['is interested in', 'are interested in', 'held talks', 'had held talks', 'showed interest', 'expressed interest', 'were interested', 'was interested', 'had shown interest', 'made an offer', 'made a bid', 'bid for', 'submitted a bid', 'tabled a bid', 'were also interested', 'eyed', 'courted', 'has courted', 'approached', 'made an approach to', 'made a takeover approach to', 'in talks with', 'in exclusive talks with', 'in advanced talks with', 'offers … for', 'offered … for', 'has been linked to', 'have been linked to', 'was linked to', 'has been linked with', 'have shown interest', 'has shown interest', 'have expressed interest', 'has expressed interest', 'is eyeing', 'are eyeing', 'is courting', 'are courting', 'is circling', 'are circling'],
  nouns: {
    buy: ['acquisition', 'acquisitions', 'purchase', 'takeover', 'buyout', 'buy-out', 'swoop', 'takeover swoop'],
    sell: ['sale', 'divestment', 'divestiture', 'disposal', 'spin-off'],
    merge: ['merger', 'combination', 'tie-up', 'amalgamation'],
    writeDown: ['write-down', 'writedown', 'impairment', 'write-off'],
    price: ['price', 'price tag', 'purchase price'],
    deal: ['deal', 'transaction', 'agreement'],
    offer: ['offer', 'bid', 'pursuit of', 'takeover bid', 'takeover offer', 'tender offer', 'approach', 'counteroffer', 'counter-offer', 'buyout offer', 'cash offer'],
  },
  stake: ['stake', 'minority stake', 'share in', 'shares in', 'shares of', 'holding in', 'interest in', 'percent of', '% of', 'per cent of', 'buys into', 'bought into', 'buy into', 'buying into', 'largest shareholder', 'biggest shareholder', 'a shareholder in', 'a shareholder of'],
  majority: ['majority stake', 'controlling stake', 'majority of', 'all of', 'remaining', 'full control', 'all shares', 'all the shares', 'all outstanding', 'offer for the shares'],
  innerAdverbs: ['also', 'already', 'now', 'previously', 'earlier', 'just', 'finally', 'formally', 'officially', 'recently', 'thus', 'therefore'],
};

export const prepositions: DealPrepositions = {
  from: ['from'],
  to: ['to', 'back to'],
  by: ['by'],
  for: ['for'],
  of: ['of', 'in'],
  with: ['with'],
  on: ['on', 'against'],
  at: ['at', 'of', 'with'],
  besides: ['besides', 'apart from', 'in addition to', 'except'],
};
