// French words often capitalised at a sentence start or in headlines that never name a company or person.
export const commonWords: string[] = [
  // Institutions French capitalises as common nouns: 'la Bourse de Paris', 'coté à la Bourse de Zurich'.
  'bourse',
  // Departments French capitalises: 'directeur de la Rédaction de X', 'la Direction générale'.
  'rédaction', 'direction',
  // Present participles opening a clause ('Ayant reçu plusieurs offres, le groupe …').
  'ayant', 'étant', 'estimant', 'souhaitant', 'considérant', 'disposant', 'possédant', 'détenant',
  // Words of time that open a sentence ('Vorig jaar kocht …', 'År 2017 köpte …', 'Quelques semaines plus tôt').
  'quelques', 'certaines',
  // Numbers open sentences ('Fire år etter …') and name nothing.
  'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'douze', 'vingt', 'cent',
  // 'C'est Bouygues qui …': a cleft opening names nothing.
  "c'est", 'c’est', "c'était", 'c’était', "qu'il", 'qu’il',
  'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', 'ce', 'cet', 'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'se', 's’est', "s'est", 'son', 'sa', 'ses', 'leur', 'leurs', 'notre',
  'et', 'ou', 'mais', 'si', 'quand', 'lorsque', 'après', 'avant', 'depuis', 'avec', 'sans', 'à', 'au', 'aux', 'en', 'dans', 'sur', 'sous', 'chez', 'contre', 'entre', 'par', 'pour', 'selon', 'malgré', 'vers',
  'aujourd', 'hier', 'demain', 'désormais', 'aussi', 'encore', 'déjà', 'puis', 'ainsi', 'donc', 'cependant', 'pourtant', 'ici', 'là', 'quoi', 'où', 'qui', 'pourquoi', 'comment', 'quel', 'quelle', 'ne', 'pas', 'non', 'oui', 'tous', 'toutes', 'plusieurs', 'chaque', 'deux', 'trois', 'premier', 'première', 'est', 'était', 'sont', 'a', 'ont', 'avait', 'sera', 'peut', 'pourrait', 'doit', 'lire', 'aussi', 'plus', 'nouveau', 'nouvelle', 'publicité', 'partager', 'article',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'milliards', 'millions', 'euros', 'dollars', 'prix', 'rachat', 'vente', 'fusion', 'patron', 'groupe', 'société',
  // Nouns and adverbs that open a sentence ('Coup de théâtre', 'Fin de partie', 'Désormais').
  'coup', 'fin', 'début', 'face', 'suite', 'outre', 'malgré', 'grâce', 'désormais', 'pourtant', 'cependant', 'enfin', 'ainsi', 'hier', "aujourd'hui",
  // Autres mots outils et débuts de phrase ('Selon …', 'Depuis …').
  'selon', 'depuis', 'pendant', 'parmi', 'entre', 'sous', 'vers', 'chez', 'malgré', 'lorsque', 'puisque', 'parce', 'bien', 'tous', 'toutes', 'tout', 'toute', 'plusieurs', 'certains', 'aucun', 'aucune', 'chaque', 'autre', 'autres', 'même', 'seul', 'seulement', 'encore', 'déjà', 'aussi', 'ensuite', 'enfin', 'finalement', 'désormais', 'toutefois', 'cependant', 'pourtant', 'ainsi', 'donc', 'alors', 'peut-être', 'probablement', 'notamment', 'surtout', 'initialement', 'actuellement', 'auparavant', 'récemment', 'présentée', 'présenté',
  // Conjunctions that open a sentence ('Car le groupe …', 'Or, …').
  'car', 'or',
];
