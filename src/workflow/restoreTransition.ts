import type { Transition } from './transitions'

import { commentGiven } from './gate'

/**
 * A retracted item goes back into review (issue 10 #15): the desk explains why, the item is
 * reviewed again and re-published with a correction note. Until then the portal keeps showing
 * the retraction notice (the restore writes a draft version; the live document stays retracted).
 */
export const RESTORE_TRANSITION: Transition = {
  action: 'restore',
  label: 'Pulihkan ke tinjauan',
  from: ['retracted'],
  to: 'in_review',
  roles: ['verifier', 'admin'],
  gate: [commentGiven],
}
