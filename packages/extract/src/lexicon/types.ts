// The shape every per-language lexicon takes, so the stages read all languages the same way.
import type { RoleKind } from '../types.js';

/** How a verb form places the event in time. */
export type Tense = 'past' | 'present' | 'base';

/** Verb forms of one action by tense; a phrase may hold '…' for a gap of a few words (separable verbs). */
export interface VerbForms {
  past: string[];
  present: string[];
  base: string[];
}

export interface DealVerbs {
  /** Buyer is the subject: X buys Y. */
  buy: VerbForms;
  /** Seller is the subject: X sells Y to Z. */
  sell: VerbForms;
  /** Buyer is the subject, the thing bought follows 'for': X paid … for Y. */
  pay: VerbForms;
  /** X merges with Y. */
  merge: VerbForms;
  /** Owner is the subject: X wrote down Y. */
  writeDown: VerbForms;
  /** Target is the subject, buyer follows 'by': Y was bought by X. */
  passiveBuy: VerbForms;
  /** Parties showing interest or bidding: bidders, not buyers. */
  interest: string[];
  /** Nouns naming the event; '*' ends a stem that takes any inflection. */
  nouns: {
    buy: string[];
    sell: string[];
    merge: string[];
    writeDown: string[];
    price: string[];
    /** Nouns for any deal, which point back to the one told before: 'the transaction', 'handlen', 'l'opération'. */
    deal: string[];
    /** Nouns for an offer to buy: the bidder follows 'from' or stands as a genitive, the target follows 'for' or 'on'. */
    offer: string[];
  };
  /** A minority share: makes a purchase a STAKE. */
  stake: string[];
  /** A majority or full share: keeps it an ACQUISITION. */
  majority: string[];
  /** Adverbs that may stand inside a multi-word verb phrase: 'avait aussi racheté', 'has already sold'. */
  innerAdverbs: string[];
  /** First halves that compound with an event noun without changing it: 'milliard' in 'milliardopkøbet'. */
  nounPrefixes?: string[];
}

/** Prepositions that give a noun phrase its part in a deal. */
export interface DealPrepositions {
  from: string[];
  to: string[];
  by: string[];
  for: string[];
  of: string[];
  with: string[];
  on: string[];
  at: string[];
  /** 'besides X', 'foruden X': a name told beside the deal, never a party of it. */
  besides: string[];
}

export interface StatusCues {
  planned: string[];
  /** Verbs of announcing ('announced', 'meddelte'): a plan when they report a deal to come, not one told as done. */
  announced: string[];
  rumored: string[];
  cancelled: string[];
  completed: string[];
}

export interface Coreference {
  /** Definite descriptions that point back to a company: 'the company', 'selskabet'. */
  companyPhrases: string[];
  /** Genitive of those: 'the company's', 'selskabets'. */
  companyGenitives: string[];
  /** Possessives that point to the clause's subject: 'its', 'sin', 'zijn'. */
  reflexivePossessives: string[];
  /** Subject pronouns for a person, never a company: 'he', 'han', 'hij' (none where they also stand for things: 'il'). */
  personPronouns: string[];
  /** Nouns for a unit of a company; '*' ends a stem. Compounds ending in one count too. */
  unitNouns: string[];
  /** Genitive of a unit noun pointing back to the last unit: 'the division's', 'afdelingens'. */
  unitGenitives: string[];
  /** Nouns that say the next name is a company, or end a compound that does ('nyhedsbureauet X'). */
  companyClassNouns: string[];
  /** Relative pronouns: 'X, which bought …' makes X the subject. */
  relativePronouns: string[];
  /** Words that split a sentence into clauses after a comma ('but'). */
  clauseConjunctions: string[];
  /** A buyer noun and copula before the name of the buyer: 'the buyer is', 'køberen er'. */
  buyerIs: string[];
  /** A seller noun and copula before the name of the seller: 'the seller is', 'selger er'. */
  sellerIs: string[];
  /** A target noun and copula before the name of what is bought: 'the target is', 'målet er'. */
  targetIs: string[];
  /** Determiners and possessives to skip before a name. */
  determiners: string[];
  /** The indefinite ones among them: 'a company' points back to no company told of. */
  indefiniteArticles: string[];
}

export interface Titles {
  /** A title as written (lower case) and the role it names. */
  titles: Record<string, RoleKind>;
  /** Words that make the next title a former one. */
  former: string[];
  /** Words that join two titles of one person. */
  and: string[];
  /** Phrases that say a person worked at the next company before. */
  pastEmployment: string[];
  /** Titles that also end a compound with the same role ('analytiker': 'lakseanalytiker', 'IR-analytiker'). */
  compoundEnds: string[];
  /** Forms of address between a title and a name, without their dot: 'dr', 'mr', 'herr'. */
  honorifics: string[];
  /** Words between a name and the title that follows it ('X, who serves as CEO of Y'): 'as', 'som'. */
  titleAfter: string[];
  /** Passive participles of founding, followed by 'by' and the founders: 'founded', 'set up'. */
  foundedBy: string[];
  /** Words between a company and the title of the person who runs it: 'led by', 'ledet af'. */
  ledBy: string[];
  /** Verbs of leading alone, with no title after them: 'Sanofi, led by X', 'le groupe dirigé par X' (the person is its chief executive). */
  headedBy: string[];
  /** Active verbs of founding, the founder before and the company after: 'founded', 'co-founded'. */
  founded: string[];
  /** Verbs of running a company, after a name and before the company: 'who runs', 'der leder' (current) … */
  runs: string[];
  /** … and 'who has run', 'who led' (the person led it once, maybe still). */
  ran: string[];
  /** Verbs of taking a post from someone, the successor before: 'succeeds', 'takes over from', 'efterträder'. */
  succeeds?: string[];
  /** The same, the one who leaves before: 'will be replaced by', 'ersätts av', 'wird von … abgelöst'. */
  succeededBy?: string[];
}

/**
 * Words around a deal verb that change what a name near it is. Pages mix languages, so the stages that read them
 * join every language's lists; '*' ends a stem that takes any inflection.
 */
export interface ClauseWords {
  /** Words for a share of a company, after which the preposition 'by'/'from' means 'of': '44 prosent av X'. */
  shareOf: string[];
  /** Verbs of owning, listed as buy triggers for what a buyer owns after a deal: 'own', 'eje'. */
  own: string[];
  /** The particle of buying out: 'kjøper ut', 'bought out'. */
  out: string[];
  /** A group of buyers, whose members are the party: 'consortium'. */
  consortium: string[];
  /** Words from a consortium to its members: 'of', 'including'. */
  consortiumMembers: string[];
  /** Participles between a consortium and its members' preposition: 'led' (by), 'formé' (par). */
  consortiumFormed: string[];
  /** Goods bought by the piece, which are no company: 'aircraft', 'Flugzeuge'. */
  goods: string[];
  /** 'History': 'the largest deal in the history of X' names X's own record, not a purchase of X. */
  history: string[];
  /** Founding, which a year beside it dates rather than a deal: 'founded', 'gegründet'. */
  founded: string[];
  /** Stems of founding before a year, which the year then dates: 'founded in', 'gegründet im', 'fondée en'. */
  foundingStems: string[];
  /** Prepositions between such a stem and its year: 'in', 'i', 'en'. */
  yearIn: string[];
  /** A board standing for its company right before the company's name: 'board of'. */
  boardOf: string[];
  /** Fees for a deal that falls through, paid to no one's ownership: 'break fee'. */
  breakFees: string[];
  /** A share owned, after an owner's genitive: "X's stake in", 'Orklas halvpart i'. */
  stakeNouns: string[];
  /** The prepositions after such a share noun: 'in', 'i'. */
  stakeIn: string[];
  /** Agreement or talks, before 'with' and the other party: 'agreed', 'förhandlar'. */
  agreement: string[];
  /** Profit, revenue or loss right before an amount, which is then no price: 'a profit of', 'Gewinn von'. */
  earnings: string[];
  /** A price per share, after an amount: 'a share', 'pr. aktie'. */
  perShare: string[];
  /**
   * Words right after a percentage that make it a premium, a price move or a rate, no share: '38 prosent over', '30%
   * above', '25 procent per år'.
   */
  priceMovesAfter: string[];
  /** Words right before a percentage that make it a price move or premium: 'rose 5%', 'steg 3 procent', 'hausse de'. */
  priceMovesBefore: string[];
  /** Auxiliaries of the perfect tense, which report a deal as news: 'has', 'har'. */
  perfect: string[];
  /** Past modals before an infinitive: 'had to', 'måtte'. */
  pastModals: string[];
  /** Words of expectation or future right before a completion cue: 'expected', 'forventes'. */
  future: string[];
  /** Nouns of financing, before 'from' and the lender, who sells nothing: 'backing', 'finansiering'. */
  financing: string[];
  /** Possessives standing for a company told of before an event noun: 'its', 'dess', 'dets'. */
  possessives: string[];
  /** Verbs of keeping, before a share the seller keeps: 'retains 20 percent', 'conservera 20 %'. */
  retain: string[];
  /** Verbs of valuing a company in a deal, before its name: 'values', 'värderar'. */
  valuing: string[];
  /** Words opening an infinitive clause whose verb comes last: 'om' (nl), 'um' (de). */
  infinitiveMarkers: string[];
  /** Nouns for a subsidiary, matched inside compounds: 'subsidiary', 'Tochter'. */
  subsidiary: string[];
  /**
   * What a person takes over when a deal verb tells of a new job: 'took over the post', 'übernahm das Amt'.
   */
  offices: string[];
  /** The word before the title a person takes over as: 'tar över som vd', 'took over as chief executive'. */
  officeAs: string[];
  /** The coordinating 'and' that may open a second clause with a verb of its own: 'bought X and wants to …'. */
  and: string[];
  /** Words of sequence that open a later clause sharing the subject: ', puis a vendu', ', then sold'. */
  then: string[];
  /** Actors that are no company: 'Russian authorities took control of X' names no buyer told before. */
  otherActors: string[];
  /** Words before a gerund or perfect infinitive of something done first: 'after buying X, Y …', 'après avoir racheté'. */
  afterDoing: string[];
  /** A superlative told up to a year: 'the biggest deal since 2000' compares, it does not date ('største … siden'). */
  superlatives: string[];
  /** The word before that year: 'since', 'siden', 'seit'. */
  recordSince: string[];
  /** 'sold A and B to X and Y respectively', 'solgt til henholdsvis X og Y': the lists pair up in order. */
  respectively: string[];
  /** Words before a gerund of the means: 'by paying $1bn for X', 'ved at købe'. Both take the main clause's subject. */
  byDoing: string[];
  /** Conjunctions opening a clause whose finite verb comes last, where the word order says so: 'dat', 'dass'. */
  subordinators: string[];
  /** Pronouns that may stand for a company as a subject in such a clause: 'dat het X verkoopt', 'dass es X verkauft'. */
  subjectPronouns: string[];
  /** Words before a source of news, who tells rather than acts: 'according to', 'enligt', 'laut'. */
  accordingTo: string[];
  /** Verbs that report news, as a company reporting its own deal uses them: 'said', 'oplyser', 'mitteilte'. */
  reports: string[];
  /** A description standing for a company by what it makes or owns: 'the maker of', 'ejeren af', 'le fabricant de'. */
  makerOf: string[];
  /** Words that tell who owns a company now: 'is owned by', 'er ejet af', 'appartient à'. */
  ownedBy: string[];
  /** An owner in apposition before what it owns: 'X, the owner of Y', 'X, der Eigentümer von Y', 'X, ejeren af Y'. */
  ownerOf: string[];
}

export interface LanguageLexicon {
  dealVerbs: DealVerbs;
  clauseWords: ClauseWords;
  prepositions: DealPrepositions;
  statusCues: StatusCues;
  coreference: Coreference;
  titles: Titles;
  /** Words often capitalised at a sentence start or in headlines that are never names. */
  commonWords: string[];
}
