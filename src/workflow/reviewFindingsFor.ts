import type { Payload } from 'payload'

import type { News } from '@/payload-types'
import type { Finding } from '@/review/types'

import { analyzeArticle } from '@/review/analyzeArticle'
import { loadExtraLexicon } from '@/review/loadExtraLexicon'
import { registryFromPayload } from '@/review/registry/registryFromPayload'
import { lexicalToPlainText } from '@/utilities/lexicalToPlainText'

/**
 * Runs the review assistant on an item's title, lead and body, with the office lexicon
 * (REVIEW_LEXICON_FILE) and the official names registry (collection official-names) the editor's
 * panel also uses, so the gate and the panel agree on every finding that can block. The typo rule
 * (info, never blocking) runs in the panel and the CLI only: the dictionary takes ~2 s to load.
 */
export const reviewFindingsFor = async (item: Pick<News, 'body' | 'lead' | 'publishedAt' | 'title'>, payload: Payload): Promise<Finding[]> =>
  analyzeArticle(
    {
      title: item.title ?? '',
      lead: item.lead ?? '',
      body: lexicalToPlainText(item.body),
      publishedAt: item.publishedAt ?? new Date(),
    },
    { extraLexicon: loadExtraLexicon(), registry: await registryFromPayload(payload) },
  )
