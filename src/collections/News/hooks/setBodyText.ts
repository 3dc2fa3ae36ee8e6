import type { CollectionBeforeChangeHook } from 'payload'

import type { News } from '@/payload-types'

import { lexicalToPlainText } from '@/utilities/lexicalToPlainText'

/** Keeps `bodyText`, the plain-text copy of the Lexical body that portal search queries, in step. */
export const setBodyText: CollectionBeforeChangeHook<News> = ({ data, originalDoc }) => {
  const body = data.body ?? originalDoc?.body
  return { ...data, bodyText: lexicalToPlainText(body) }
}
