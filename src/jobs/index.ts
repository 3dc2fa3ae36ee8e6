import type { TaskConfig } from 'payload'

/** Every job task the queue knows; added by the workflow and syndication modules. */
export const tasks: TaskConfig[] = []
