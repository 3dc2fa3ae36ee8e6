import type { News } from '@/payload-types'
import type { Finding } from '@/review/types'

import { analyzeArticle } from '@/review/analyzeArticle'
import { lexicalToPlainText } from '@/utilities/lexicalToPlainText'

/** Runs the review assistant on an item's title, lead and body. */
export const reviewFindingsFor = (item: Pick<News, 'body' | 'lead' | 'publishedAt' | 'title'>): Finding[] =>
  analyzeArticle({
    title: item.title ?? '',
    lead: item.lead ?? '',
    body: lexicalToPlainText(item.body),
    publishedAt: item.publishedAt ?? new Date(),
  })
