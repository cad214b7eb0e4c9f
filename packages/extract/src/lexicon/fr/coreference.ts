// French phrases that point back to a company or unit, name a unit, or mark a company, a clause or a determiner.
import type { Coreference } from '../types.js';

export const coreference: Coreference = {
  companyPhrases: ['la société', 'le groupe', "l'entreprise", 'la firme', 'le fabricant'],
  companyGenitives: ['de la société', 'du groupe', "de l'entreprise", 'sa', 'son', 'ses'],
  reflexivePossessives: ['sa', 'son', 'ses', 'leur'],
  personPronouns: [],
  unitNouns: ['marque*', 'division*', 'filiale*', 'branche*', 'activité*', 'unité*', 'pôle*', 'département*'],
  unitGenitives: ['de la division', 'de la filiale', 'de la branche'],
  companyClassNouns: ['société', 'groupe', 'entreprise', 'firme', 'fabricant', 'constructeur', 'banque', 'assureur', 'start-up', 'chaîne', 'agence', 'concurrent', 'rival', 'géant', 'fonds', 'opérateur', 'équipementier', 'distributeur', 'éditeur', 'filiale', 'compagnie', 'spécialiste', 'laboratoire', 'enseigne', 'conglomérat', 'investisseur', 'brasseur', 'holding', 'producteur', 'fournisseur', 'prestataire', 'sidérurgiste', 'pétrolier', 'transporteur', 'armateur', 'exploitant', 'détaillant'],
  relativePronouns: ['qui', 'lequel', 'laquelle'],
  clauseConjunctions: ['mais', 'tandis que', 'alors que', 'bien que', 'après avoir'],
  buyerIs: ['l\'acquéreur est', 'l\'acheteur est', 'le repreneur est', 'le nouveau propriétaire est', 'l\'acquéreur était', 'l\'acheteur était'],
  sellerIs: ['le vendeur est', 'le cédant est', 'le vendeur était', 'le cédant était', "l'ancien propriétaire est", "l'ancien propriétaire était", 'le précédent propriétaire est', 'le précédent propriétaire était'],
  targetIs: ['la cible est', 'la cible était'],
  determiners: ['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'sa', 'son', 'ses', 'leur', 'ce', 'cette'],
  indefiniteArticles: ['un', 'une'],
};
