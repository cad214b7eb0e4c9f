// Norwegian job titles (lower case) and the role each names, with cues for former roles and past employers.
import type { Titles } from '../types.js';

export const titles: Titles = {
  titles: {
    'administrerende direktør': 'CEO', 'administrerande direktør': 'CEO', 'adm. direktør': 'CEO', 'konsernsjef': 'CEO', 'toppsjef': 'CEO', 'ceo': 'CEO', 'sjef': 'CEO', 'daglig leder': 'CEO', 'dagleg leiar': 'CEO',
    'styreleder': 'CHAIRMAN', 'styreleiar': 'CHAIRMAN', 'styreformann': 'CHAIRMAN', 'styrets leder': 'CHAIRMAN',
    'gründer': 'FOUNDER', 'gründeren': 'FOUNDER', 'grunnlegger': 'FOUNDER', 'grunnleggeren': 'FOUNDER', 'medgründer': 'FOUNDER',
    'leder': 'HEAD', 'divisjonsdirektør': 'HEAD', 'avdelingsleder': 'HEAD', 'landsjef': 'HEAD',
    'finansdirektør': 'EXECUTIVE', 'cfo': 'EXECUTIVE', 'direktør': 'EXECUTIVE', 'konserndirektør': 'EXECUTIVE',
    'styremedlem': 'BOARD',
    'ansatt': 'EMPLOYEE', 'medarbeider': 'EMPLOYEE', 'pressesjef': 'EMPLOYEE', 'talsperson': 'EMPLOYEE',
    'analytiker': 'EMPLOYEE', 'økonom': 'EMPLOYEE', 'kommunikasjonssjef': 'EMPLOYEE', 'kommunikasjonsdirektør': 'EMPLOYEE', 'informasjonssjef': 'EMPLOYEE', 'ir-sjef': 'EMPLOYEE', 'talsmann': 'EMPLOYEE',
  },
  former: ['tidligere', 'forhenværende', 'eks-', 'daværende'],
  and: ['og', '&', ','],
  pastEmployment: ['har tidligere jobbet i', 'har en fortid i', 'har en fortid fra', 'kommer fra en stilling i', 'jobbet tidligere i', 'var tidligere ansatt i'],
  runs: ['som leder', 'leder'],
  ran: ['som har ledet', 'har ledet', 'ledet', 'som ledet'],
  compoundEnds: ['analytiker', 'økonom', 'direktør'],
  honorifics: ['dr', 'prof'],
  titleAfter: ['ble', 'blir', 'som ble', 'som', 'er', 'var', 'den', 'til', 'til ny', 'som hadde vært', 'hadde vært', 'har vært', 'dets', 'deres', 'en'],
  foundedBy: ['grunnlagt', 'stiftet', 'etablert', 'startet', 'opprettet'],
  ledBy: ['ledet av', 'som ledes av', 'med'],
  headedBy: ['ledet av', 'som ledes av'],
  founded: ['grunnla', 'stiftet', 'startet', 'var med på å grunnlegge', 'var med og grunnla'],
  succeeds: ['etterfølger', 'etterfulgte', 'erstatter', 'erstattet', 'tar over etter', 'overtar etter', 'tok over etter', 'avløser', 'avløste'],
  succeededBy: ['erstattes av', 'ble erstattet av', 'blir erstattet av', 'etterfølges av', 'ble etterfulgt av', 'avløses av', 'ble avløst av'],
};
