// English words in a deal's clause that tell whether it is rumoured, planned, done or called off.
import type { StatusCues } from '../types.js';

export const statusCues: StatusCues = {
  planned: ['agreed to', 'agrees to', 'has agreed', 'plans to', 'planned', 'will', 'intends to', 'is set to', 'exclusive negotiations', 'exclusive talks', 'subject to', 'expected to close', 'pending', 'signed an agreement', 'definitive agreement', 'offer for', 'to be'],
  announced: ['announced', 'announces'],
  rumored: ['in talks', 'talks', 'rumour', 'rumor', 'rumours', 'rumors', 'reportedly', 'considering', 'considers', 'mulling', 'weighing', 'exploring', 'sources said', 'people familiar', 'speculation', 'interested in', 'according to reports'],
  cancelled: ['called off', 'calls off', 'abandoned', 'abandons', 'scrapped', 'scraps', 'walked away', 'walks away', 'terminated', 'collapsed', 'blocked', 'withdrew', 'dropped its bid', 'cancelled', 'canceled', 'failed', 'vetoed', 'prohibited', 'given up', 'gave up', 'gives up', 'pulled out', 'pulls out', 'dropped', 'drops its', 'ended its pursuit', 'ended its plans', 'ended its plan', 'ends its plans', 'ended its bid', 'ends its bid', 'ended its offer', 'ended its attempt', 'ended the deal', 'ends the deal', 'no longer pursue', 'withdrawn', 'withdraws', 'not intend to make an offer', 'not to make an offer', 'will not make an offer', 'no intention of making an offer', 'no intention to make an offer', 'decided not to pursue', 'not to proceed', 'end their merger talks', 'end their talks', 'ended talks', 'ended their talks', 'end the talks', 'end to the talks', 'called time on', 'broke off', 'broken off', 'canceling', 'cancelling', 'cancels', 'cancel their', 'scrapping', 'abandoning', 'calling off', 'walking away from', 'terminating', 'off the table'],
  completed: ['completed', 'completes', 'closed', 'finalised', 'finalized'],
};
