import type { Payload } from 'payload'

import type { News } from '@/payload-types'
import type { Finding } from '@/review/types'
import type { BudgetedRun } from '@/security/workBudget'

import { analyzeArticle } from '@/review/analyzeArticle'
import { loadExtraLexicon } from '@/review/loadExtraLexicon'
import { registryFromPayload } from '@/review/registry/registryFromPayload'
import { reviewWorkBudget } from '@/security/reviewWorkBudget'
import { lexicalToPlainText } from '@/utilities/lexicalToPlainText'

/** The review of an item, ready to run: the registry is read first, the run itself is synchronous. */
const preparedReview = async (item: Pick<News, 'body' | 'lead' | 'publishedAt' | 'title'>, payload: Payload): Promise<() => Finding[]> => {
  const registry = await registryFromPayload(payload)
  const input = { title: item.title ?? '', lead: item.lead ?? '', body: lexicalToPlainText(item.body), publishedAt: item.publishedAt ?? new Date() }
  return () => analyzeArticle(input, { extraLexicon: loadExtraLexicon(), registry })
}

/**
 * Runs the review assistant on an item's title, lead and body, with the office lexicon
 * (REVIEW_LEXICON_FILE) and the official names registry (collection official-names) the editor's
 * panel also uses, so the gate and the panel agree on every finding that can block. The typo rule
 * (info, never blocking) runs in the panel and the CLI only: the dictionary takes ~2 s to load.
 */
export const reviewFindingsFor = async (item: Pick<News, 'body' | 'lead' | 'publishedAt' | 'title'>, payload: Payload): Promise<Finding[]> =>
  (await preparedReview(item, payload))()

/** The same review charged to a staff account's review time (src/security/reviewWorkBudget.ts): refused once it is spent. */
export const budgetedReviewFindingsFor = async (
  item: Pick<News, 'body' | 'lead' | 'publishedAt' | 'title'>,
  payload: Payload,
  budgetKey: string,
): Promise<BudgetedRun<Finding[]>> => reviewWorkBudget().run(budgetKey, await preparedReview(item, payload))
