// Swedish verbs, nouns and prepositions that say a business changes owner, merges, is written down or draws bids.
import type { DealPrepositions, DealVerbs } from '../types.js';

export const dealVerbs: DealVerbs = {
  buy: {
    past: ['ökade sitt innehav i', 'ökade sin ägarandel i', 'ökade sin andel i', 'ökade sitt aktieinnehav i', 'har ökat sitt innehav i', 'har ökat sin ägarandel i', 'har ökat sin andel i', 'har ökat sitt aktieinnehav i', 'blev största ägare i', 'blev storägare i', 'blev största aktieägare i', 'tog … över', 'tog … från börsen', 'köpte ut', 'har köpt ut', 'köpte', 'förvärvade', 'tog över', 'har köpt', 'har förvärvat', 'har tagit över', 'köpt', 'förvärvat', 'köpte upp', 'köpte … upp', 'har köpt upp', 'byggt upp en ägarandel', 'byggde upp en ägarandel', 'byggt upp en aktiepost', 'byggde upp en aktiepost', 'byggde … upp en ägarandel', 'byggt … upp en ägarandel', 'tog kontroll över', 'tog kontrollen över', 'slukade', 'följde', 'säkrade', 'har säkrat', 'blev aktieägare i', 'vann striden om', 'vann budstriden om', 'vann kampen om'],
    present: ['ökar sitt innehav i', 'ökar sin ägarandel i', 'ökar sin andel i', 'ökar sitt aktieinnehav i', 'blir största ägare i', 'blir störst ägare i', 'blir storägare i', 'blir största aktieägare i', 'tar … över', 'tar … från börsen', 'köper ut', 'köper', 'förvärvar', 'tar över', 'köper upp', 'köper … upp', 'kommer … att äga', 'ska … äga', 'tar kontroll över', 'tar kontrollen över', 'slukar', 'säkrar', 'blir aktieägare i', 'vinner striden om', 'vinner budstriden om', 'vinner kampen om'],
    base: ['öka sitt innehav i', 'öka sin ägarandel i', 'bli största ägare i', 'bli storägare i', 'ta … från börsen', 'köpa', 'förvärva', 'ta över', 'köpa upp', 'ta kontroll över', 'ta kontrollen över', 'att säkra'],
  },
  sell: {
    past: ['sålde', 'har sålt', 'avyttrade', 'har avyttrat', 'sålt', 'avyttrat', 'sålde av'],
    present: ['säljer', 'avyttrar', 'säljer av'],
    base: ['sälja', 'avyttra'],
  },
  pay: {
    past: ['betalade', 'har betalat', 'betalat', 'lade … på bordet', 'har lagt … på bordet'],
    present: ['betalar', 'lägger … på bordet'],
    base: ['betala'],
  },
  merge: {
    past: ['fusionerade', 'slog sig samman', 'har slagit sig samman', 'slog sig ihop', 'gick ihop', 'har gått ihop', 'gick samman', 'slogs samman', 'har gått samman', 'slogs ihop', 'har slagits samman', 'fusionerades', 'slagit … samman med', 'slog … samman med', 'lades in i ett gemensamt bolag', 'gick … samman med'],
    present: ['fusionerar', 'slår sig samman', 'slår sig ihop', 'går ihop', 'går samman', 'slås samman', 'slås ihop', 'fusioneras', 'slår … samman med', 'läggs in i ett gemensamt bolag', 'går … samman med'],
    base: ['fusionera', 'slå sig samman', 'slå sig ihop', 'gå ihop', 'gå samman', 'slå samman', 'läggas in i ett gemensamt bolag'],
  },
  writeDown: {
    past: ['skrev ned', 'skrev ner', 'har skrivit ned', 'har skrivit ner', 'skrev av', 'nedskrivit', 'skrevs … ned', 'skrevs … ner', 'skrevs ned', 'skrevs ner', 'skrevs av', 'nedskrevs'],
    present: ['skriver ned', 'skriver ner', 'skriver av'],
    base: ['skriva ned', 'skriva ner', 'skriva av'],
  },
  passiveBuy: {
    past: ['köptes', 'förvärvades', 'togs över', 'såldes', 'har köpts', 'har förvärvats', 'har sålts', 'har avyttrats', 'avyttrades', 'har tagits över', 'köpts av', 'förvärvats av', 'såld till', 'sålt till', 'sålda till', 'gick över till', 'kom under kontroll av', 'hamnade hos', 'blev såld', 'blev sålt'],
    present: ['köps', 'förvärvas', 'tas över', 'säljs', 'avyttras', 'blir såld', 'blir sålt'],
    base: ['köpas', 'förvärvas', 'säljas', 'bli såld', 'bli sålt'],
  },
  interest: ['intresserar sig för', 'intresserade sig för', 'är intresserad av', 'är intresserade av', 'förde samtal', 'hade förhandlat', 'visade intresse', 'har visat intresse', 'var intresserade', 'var intresserad', 'lade bud', 'lämnade bud', 'lämnade ett bud', 'budade på', 'i förhandlingar med', 'förhandlar med', 'i exklusiva förhandlingar med', 'bjuder … för', 'bjöd … för', 'ska vara intresserad av', 'ska vara intresserade av', 'kan vara intresserad av', 'kan vara intresserade av', 'vara intresserade av', 'sneglar … på'],
  nouns: {
    buy: ['förvärv*', 'köp', 'köpet', 'uppköp*', 'övertagande*'],
    sell: ['försäljning*', 'avyttring*'],
    merge: ['fusion*', 'sammanslagning*', 'samgående*'],
    writeDown: ['nedskrivning*'],
    price: ['pris', 'priset', 'köpeskilling*'],
    deal: ['affär', 'affären', 'transaktion*', 'avtal', 'avtalet', 'uppgörelse*'],
    offer: ['bud', 'budet', 'erbjudande', 'erbjudandet', 'uppköpserbjudande*', 'bud på', 'uppköpsbud*', 'kontantbud*', 'köpbud*', 'motbud*', 'motbudet'],
  },
  stake: ['andel i', 'aktiepost i', 'innehav i', 'aktieinnehav i', 'minoritetsandel i', 'procent av', '% av', 'aktier i', 'ägarandel i', 'in sig i', 'ägarandel på', 'aktiepost på', 'största ägare i', 'störst ägare i', 'storägare i', 'största aktieägare i', 'upp sig i', 'aktieägare i'],
  majority: ['majoritetsandel', 'majoriteten', 'samtliga aktier', 'resterande', 'alla aktier', 'bud på aktierna', 'budet på aktierna'],
  innerAdverbs: ['också', 'redan', 'nu', 'slutligen', 'tidigare', 'nyligen', 'officiellt', 'hittills', 'samtidigt', 'därmed', 'därför', 'således', 'alltså', 'så'],
  nounPrefixes: ['miljard', 'miljon', 'miljoner', 'rekord', 'mega', 'jätte'],
};

export const prepositions: DealPrepositions = {
  from: ['från', 'av'],
  to: ['till', 'tillbaka till'],
  by: ['av'],
  for: ['för'],
  of: ['av', 'i'],
  with: ['med'],
  on: ['på'],
  at: ['på', 'hos', 'i', 'för'],
  besides: ['förutom', 'utöver', 'bortsett från'],
};
