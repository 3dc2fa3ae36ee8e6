import type { TaskConfig } from 'payload'

import { publishScheduledTask } from './tasks/publishScheduled'
import { refreshChannelTokensTask } from './tasks/refreshChannelTokens'
import { sendNotificationTask } from './tasks/sendNotification'
import { syndicateTask } from './tasks/syndicate'
import { withJobLogging } from './withJobLogging'

/** Every job task the queue knows; added by the workflow and syndication modules. */
export const tasks: TaskConfig[] = [
  publishScheduledTask as TaskConfig,
  sendNotificationTask as TaskConfig,
  syndicateTask as TaskConfig,
  refreshChannelTokensTask as TaskConfig,
].map(withJobLogging)
