// Danish job titles (lower case) and the role each names, with cues for former roles and past employers.
import type { Titles } from '../types.js';

export const titles: Titles = {
  titles: {
    'administrerende direktør': 'CEO', 'adm. direktør': 'CEO', 'koncernchef': 'CEO', 'topchef': 'CEO', 'ceo': 'CEO', 'direktør': 'CEO', 'øverste chef': 'CEO',
    'bestyrelsesformand': 'CHAIRMAN', 'formand': 'CHAIRMAN', 'bestyrelsesformanden': 'CHAIRMAN',
    'stifter': 'FOUNDER', 'stifteren': 'FOUNDER', 'grundlægger': 'FOUNDER', 'grundlæggeren': 'FOUNDER', 'medstifter': 'FOUNDER', 'medgrundlægger': 'FOUNDER', 'iværksætter': 'FOUNDER',
    'chef': 'HEAD', 'chefen': 'HEAD', 'leder': 'HEAD', 'afdelingschef': 'HEAD', 'divisionschef': 'HEAD', 'landechef': 'HEAD', 'direktør for': 'HEAD',
    'finansdirektør': 'EXECUTIVE', 'økonomidirektør': 'EXECUTIVE', 'teknologidirektør': 'EXECUTIVE', 'koncernøkonomidirektør': 'EXECUTIVE', 'koncerndirektør': 'EXECUTIVE', 'præsident': 'EXECUTIVE', 'vicepræsident': 'EXECUTIVE', 'salgsdirektør': 'EXECUTIVE', 'underdirektør': 'EXECUTIVE',
    'bestyrelsesmedlem': 'BOARD', 'medlem af bestyrelsen': 'BOARD',
    'medarbejder': 'EMPLOYEE', 'ansat': 'EMPLOYEE', 'pressechef': 'EMPLOYEE', 'talsmand': 'EMPLOYEE', 'talskvinde': 'EMPLOYEE',
    'analytiker': 'EMPLOYEE', 'økonom': 'EMPLOYEE', 'aktiestrateg': 'EMPLOYEE', 'kommunikationschef': 'EMPLOYEE', 'kommunikationsdirektør': 'EMPLOYEE', 'presseansvarlig': 'EMPLOYEE', 'ir-chef': 'EMPLOYEE',
  },
  former: ['tidligere', 'forhenværende', 'fhv.', 'eks-', 'daværende'],
  and: ['og', '&', ','],
  pastEmployment: ['har en fortid hos', 'har en fortid i', 'fortid hos', 'tidligere har arbejdet hos', 'tidligere var ansat hos', 'kommer fra en stilling hos', 'var tidligere ansat i', 'har tidligere arbejdet for'],
  runs: ['der leder', 'leder', 'der driver'],
  ran: ['der har ledet', 'har ledet', 'ledede', 'der ledede'],
  compoundEnds: ['analytiker', 'økonom'],
  honorifics: ['dr', 'prof'],
  titleAfter: ['blev', 'bliver', 'der blev', 'som', 'der er', 'der var', 'var', 'er', 'den', 'til', 'til ny', 'der havde været', 'havde været', 'har været', 'dets', 'deres', 'en'],
  foundedBy: ['grundlagt', 'stiftet', 'grundlagde', 'etableret', 'startet', 'oprettet'],
  ledBy: ['ledet af', 'der ledes af', 'med', 'hvis'],
  headedBy: ['ledet af', 'der ledes af'],
  founded: ['grundlagde', 'stiftede', 'var med til at stifte', 'var med til at grundlægge', 'startede'],
  succeeds: ['afløser', 'afløste', 'efterfølger', 'efterfulgte', 'overtager efter', 'overtog efter', 'erstatter', 'erstattede'],
  succeededBy: ['afløses af', 'blev afløst af', 'bliver afløst af', 'efterfølges af', 'blev efterfulgt af', 'erstattes af', 'bliver erstattet af', 'blev erstattet af'],
};
