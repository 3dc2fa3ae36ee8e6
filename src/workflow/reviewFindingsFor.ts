import type { News } from '@/payload-types'
import type { Finding } from '@/review/types'

import { analyzeArticle } from '@/review/analyzeArticle'
import { loadExtraLexicon } from '@/review/loadExtraLexicon'
import { lexicalToPlainText } from '@/utilities/lexicalToPlainText'

/**
 * Runs the review assistant on an item's title, lead and body, with the office lexicon
 * (REVIEW_LEXICON_FILE) the editor's panel also uses, so the gate and the panel agree.
 */
export const reviewFindingsFor = (item: Pick<News, 'body' | 'lead' | 'publishedAt' | 'title'>): Finding[] =>
  analyzeArticle(
    {
      title: item.title ?? '',
      lead: item.lead ?? '',
      body: lexicalToPlainText(item.body),
      publishedAt: item.publishedAt ?? new Date(),
    },
    { extraLexicon: loadExtraLexicon() },
  )
