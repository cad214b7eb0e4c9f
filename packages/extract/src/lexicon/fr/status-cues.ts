// French words in a deal's clause that tell whether it is rumoured, planned, done or called off.
import type { StatusCues } from '../types.js';

export const statusCues: StatusCues = {
  planned: ['va', 'veut', 'compte', 'envisage de', 'projet', 'prévu', 'prévue', 'accord', 'négociations exclusives', 'en négociations exclusives', 'offre', 'doit', 'devrait'],
  announced: ['a annoncé', 'annonce'],
  rumored: ['discussions', 'négocie', 'négociations', 'rumeur', 'rumeurs', 'selon des sources', 'selon', 'pourrait', 'étudie', 'réfléchit', 'spéculation*', 'intéressé par'],
  cancelled: ['abandonné', 'abandonne', 'renonce', 'a renoncé', 'annulé', 'annulée', 'échoué', 'capoté', 'bloqué', 'retiré', 'bloquée', 'interdit', 'interdite', 'a interdit', 'mis fin', 'met fin', 'renoncent', 'ont renoncé', 'annoncé … renoncer', 'décidé de renoncer', 'décidé de mettre fin', "jette l'éponge", "a jeté l'éponge", 'retire son offre', "pas déposer d'offre", 'renonce à déposer', 'renonçait', 'renoncé', "n'envisage plus", 'a abandonné', 'abandonnait', 'retrait de son offre', 'retrait de leur offre', "retrait de l'offre", 'a échoué', 'après avoir échoué', "s'est effondré*", 's’est effondré*'],
  completed: ['finalisé', 'finalise', 'bouclé', 'a finalisé', 'a bouclé', 'conclu', 'finalisée'],
};
