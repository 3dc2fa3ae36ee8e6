import { requiredOptionError } from '../requiredOptionError'
import type { SyndicationAdapter } from '../types'

import { runPortalStep } from './runPortalStep'
import type { PortalAdapterOptions } from './types'
import { validatePortalItem } from './validatePortalItem'

const CHANNEL = 'portal'

/** The built-in portal: cache revalidation, live check, optional signed webhooks. */
export function portalAdapter(options: PortalAdapterOptions): SyndicationAdapter {
  if (typeof options.revalidate !== 'function') throw requiredOptionError(CHANNEL, 'revalidate')
  for (const hook of options.webhooks ?? []) {
    if (!/^https?:\/\//.test(hook.url)) throw requiredOptionError(CHANNEL, `webhooks[].url (${hook.url})`)
  }
  return {
    channel: CHANNEL,
    validate: validatePortalItem,
    run: (item, checkpoint, ctx) => runPortalStep(options, 'news.published', item, checkpoint, ctx),
    update: (item, checkpoint, ctx) => runPortalStep(options, 'news.updated', item, checkpoint, ctx),
    remove: (item, checkpoint, ctx) => runPortalStep(options, 'news.retracted', item, checkpoint, ctx),
  }
}
