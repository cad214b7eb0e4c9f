// German phrases that point back to a company or unit, name a unit, or mark a company, a clause or a determiner.
import type { Coreference } from '../types.js';

export const coreference: Coreference = {
  companyPhrases: ['das Unternehmen', 'der Konzern', 'die Firma', 'die Gruppe', 'der Hersteller'],
  companyGenitives: ['des Unternehmens', 'des Konzerns', 'der Firma', 'seine', 'ihre'],
  reflexivePossessives: ['seine', 'seinen', 'seiner', 'seines', 'sein', 'ihre', 'ihren', 'ihrer', 'ihres', 'ihr'],
  personPronouns: ['er'],
  unitNouns: ['Marke*', 'Sparte*', 'Geschäftsbereich*', 'Abteilung*', 'Tochter', 'Tochtergesellschaft*', 'Tochterfirma', 'Division*', 'Einheit*', 'Geschäft', 'Geschäfts', 'Geschäftes', 'Bereich', 'Bereichs'],
  unitGenitives: ['der Sparte', 'der Abteilung', 'des Geschäftsbereichs'],
  companyClassNouns: ['Fonds', 'Unternehmen*', 'Konzern*', 'Firma*', 'Hersteller*', 'Gesellschaft*', 'Bank*', 'Versicherer*', 'Konkurrent*', 'Rivale*', 'Kette*', 'Start-up*', 'Nachrichtenagentur*', 'Agentur*', 'Zulieferer*', 'Riese*', 'Investor*', 'Finanzinvestor*', 'Mutterkonzern*', 'Gruppe*', 'Holding*', 'Anbieter*', 'Betreiber*', 'Dienstleister*', 'Produzent*', 'Reederei*', 'Brauerei*', 'Autobauer*', 'Ausrüster*', 'Hedgefonds', 'Vermögensverwalter*', 'Mobilfunker*', 'Einzelhändler*', 'Onlinehändler*', 'Versandhändler*', 'Verlag*', 'Versorger*', 'Tochter', 'Sparte', 'Versicherung', 'Discounter*', 'Händler*', 'Entwickler*', 'Haus', 'Institut*', 'Geldhaus*', 'Kreditinstitut*'],
  relativePronouns: ['der', 'die', 'das', 'welche', 'welcher'],
  clauseConjunctions: ['aber', 'doch', 'während', 'obwohl', 'sondern', 'nachdem'],
  buyerIs: ['käufer ist', 'der käufer ist', 'neuer eigentümer ist', 'der neue eigentümer ist', 'käufer war', 'der käufer war'],
  sellerIs: ['verkäufer ist', 'der verkäufer ist', 'verkäufer war', 'der verkäufer war', 'der bisherige eigentümer ist', 'der bisherige eigentümer war', 'bisheriger eigentümer ist', 'bisheriger eigentümer war', 'der bisherige besitzer ist', 'der bisherige besitzer war'],
  targetIs: ['das ziel ist', 'ziel ist', 'übernahmeziel ist'],
  determiners: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'seine', 'seinen', 'ihre', 'ihren'],
  indefiniteArticles: ['ein', 'eine', 'einen', 'einem', 'einer', 'eines'],
};
