// French verbs, nouns and prepositions that say a business changes owner, merges, is written down or draws bids.
import type { DealPrepositions, DealVerbs } from '../types.js';

export const dealVerbs: DealVerbs = {
  buy: {
    past: ["vient d'acquérir", 'vient de racheter', 'vient de reprendre', "vient d'acheter", "venait d'acquérir", 'venait de racheter', "viennent d'acquérir", 'viennent de racheter', 'avoir racheté', 'avoir acquis', 'avoir repris', 'avoir acheté', 'a relevé sa participation dans', 'a augmenté sa participation dans', 'a renforcé sa participation dans', 'a accru sa participation dans', 'est devenu le premier actionnaire de', "est devenu le premier actionnaire d'", 'a racheté', 'a acquis', 'a acheté', 'a repris', 'racheta', 'acquit', 'acheta', 'avait racheté', 'avait acquis', 'ont racheté', 'ont acquis', 'ont repris', 'ont acheté', 'a mis la main sur', 'a … racheté', 'a … repris', 'a … acquis', 'avait repris', "s'est offert", "s'était offert", 'a absorbé', 'a … absorbé', 'a pris le contrôle de', "a pris le contrôle d'", 'prit le contrôle de', 'avait acheté', 'avaient acheté', 'avaient racheté', 'est entré au capital de', "est entré au capital d'", 'est monté au capital de', "est monté au capital d'", 'a pris une … participation', 'avait pris une … participation', 'suivi de', 'suivi par', 'rachetait', 'rachetaient', 'acquérait', 'achetait', 'reprenait', 'a pris … du capital de', 'a pris … des actions de', "a pris … des actions d'", "a pris … du capital d'", 'avait pris … du capital de', "avait pris … du capital d'", 'est devenu actionnaire de', "est devenu actionnaire d'", 'est devenue actionnaire de', "est devenue actionnaire d'", 'a remporté la bataille pour', 'a remporté la bataille de', 'a gagné la bataille pour', 'avait mis la main sur', 'mit la main sur'],
    present: ['relève sa participation dans', 'augmente sa participation dans', 'renforce sa participation dans', 'accroît sa participation dans', 'devient le premier actionnaire de', "devient le premier actionnaire d'", 'retire … de la cote', 'rachète', 'acquiert', 'achète', 'reprend', 'met la main sur', "s'offre", 'prend le contrôle de', "prend le contrôle d'", 'entre au capital de', "entre au capital d'", 'monte au capital de', "monte au capital d'", 'prend une … participation', 'rachètera', 'rachèteront', 'acquerra', 'acquerront', 'achètera', 'achèteront', 'reprendra', 'reprendront', 'devient actionnaire de', "devient actionnaire d'", 'prend … du capital de', 'prend … des actions de', "prend … des actions d'", "prend … du capital d'", 'prendra … du capital de', "prendra … du capital d'", 'remporte la bataille pour', 'remporte la bataille de'],
    base: ['relever sa participation dans', 'augmenter sa participation dans', 'renforcer sa participation dans', 'accroître sa participation dans', 'devenir le premier actionnaire de', 'retirer … de la cote', 'racheter', 'acquérir', 'acheter', 'reprendre', "s'offrir", 'rachetant', 'acquérant', 'reprenant', 'prendre le contrôle de', "prendre le contrôle d'", 'entrer au capital de', "entrer au capital d'", 'monter au capital de', "monter au capital d'", 'prendre une … participation', 'devenir actionnaire de', "devenir actionnaire d'", 'prendre … du capital de', "prendre … du capital d'", 'mettre la main sur'],
  },
  sell: {
    past: ['vient de vendre', 'vient de céder', 'venait de vendre', 'venait de céder', 'avoir vendu', 'avoir cédé', 'a vendu', 'a cédé', 'vendit', 'céda', 'avait vendu', 'avait cédé', "s'est séparé de", 'a … vendu', 'a … cédé', 'ont vendu', 'ont cédé', 'avaient vendu', 'avaient cédé'],
    present: ['vend', 'cède', 'se sépare de', 'cédera', 'céderont', 'vendra', 'vendront'],
    base: ['vendre', 'céder', 'se séparer de', 'vendant', 'cédant'],
  },
  pay: {
    past: ['a payé', 'a déboursé', 'avait payé', 'paya', 'a versé'],
    present: ['paie', 'paye', 'débourse', 'verse'],
    base: ['payer', 'débourser'],
  },
  merge: {
    past: ['a fusionné', 'ont fusionné', 'fusionnèrent', 'ont été fusionnés', 'ont été fusionnées', 'avaient fusionné'],
    present: ['fusionne', 'fusionnent', 'se rapprochent', 'se rapproche'],
    base: ['fusionner'],
  },
  writeDown: {
    past: ['a déprécié', 'a passé une dépréciation', 'a enregistré une dépréciation', 'a inscrit une dépréciation', 'a passé une provision'],
    present: ['déprécie', 'passe une dépréciation', 'enregistre une dépréciation'],
    base: ['déprécier'],
  },
  passiveBuy: {
    past: ['a été racheté', 'a été rachetée', 'a été acquis', 'a été acquise', 'a été repris', 'a été reprise', 'a été vendu', 'a été vendue', 'racheté par', 'rachetée par', 'acquis par', 'acquise par', 'repris par', 'reprise par', 'a été cédé', 'a été cédée', 'cédé à', 'cédée à', 'vendu à', 'vendue à', 'est passé sous le contrôle de', 'est passée sous le contrôle de', "est tombé dans l'escarcelle de", "est tombée dans l'escarcelle de", 'est passé aux mains de', 'est passée aux mains de'],
    present: ['est racheté', 'est rachetée', 'est acquis', 'est acquise', 'est vendu', 'est vendue'],
    base: ['être racheté', 'être rachetée', 'être acquis'],
  },
  interest: ["s'intéresse à", "s'intéressent à", 'est intéressé par', 'sont intéressés par', 'a mené des discussions', 'avait discuté', "ont manifesté de l'intérêt", "a manifesté de l'intérêt", "ont manifesté leur intérêt", 'étaient intéressés', 'était intéressé', 'ont fait une offre', 'a fait une offre', 'ont déposé une offre', 'a déposé une offre', 'étaient sur les rangs', "part à l'assaut de", "part à l'assaut du", "part à l'assaut d'", "parti à l'assaut de", "parti à l'assaut du", "parti à l'assaut d'", "partant à l'assaut de", "partant à l'assaut du", "partant à l'assaut d'", 'serait intéressé par', 'seraient intéressés par', 'lorgne', 'lorgnent'],
  nouns: {
    buy: ['rachat*', 'acquisition*', 'achat*', 'reprise'],
    sell: ['vente', 'cession*'],
    merge: ['fusion*', 'rapprochement*'],
    writeDown: ['dépréciation*', 'provision*'],
    price: ['prix', "prix d'achat"],
    deal: ['opération', 'transaction', 'accord'],
    offer: ['offre', 'OPA', 'offre publique', 'contre-offre', 'surenchère', 'offre de rachat', "offre d'achat", "offre publique d'achat"],
  },
  stake: ['% du capital', 'du capital de', '% du', 'participation dans', 'participation de', 'part dans', 'parts de', '% de', 'pour cent de', 'actions de', 'part minoritaire', 'au capital de', "au capital d'", 'premier actionnaire', 'actionnaire de', "actionnaire d'"],
  majority: ['majorité', 'participation majoritaire', 'contrôle', 'totalité', 'toutes les actions'],
  innerAdverbs: ['aussi', 'déjà', 'désormais', 'finalement', 'officiellement', 'récemment', 'ainsi', 'alors', 'donc', 'par ailleurs', 'également', 'enfin', 'discrètement', 'officiellement'],
};

export const prepositions: DealPrepositions = {
  from: ['de', 'du', 'auprès de'],
  to: ['à', 'au', 'aux'],
  by: ['par'],
  for: ['pour'],
  of: ['de', 'du', 'des', "d'", 'dans'],
  with: ['avec'],
  on: ['sur'],
  at: ['chez', 'de', 'du'],
  besides: ['outre', 'hormis', 'en plus de', 'à part'],
};
