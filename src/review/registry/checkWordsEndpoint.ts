import type { Endpoint } from 'payload'

import { reviewBudgetSpentMessage, reviewWorkBudget, reviewWorkKey } from '@/security/reviewWorkBudget'
import { errorAnswer, jsonAnswer, notLoggedIn, readJsonBody, tooManyRequests } from '@/utilities/endpointAnswers'

import { loadSpellChecker } from '../spelling/loadSpellChecker'
import { SPELL_TESTS_PER_REVIEW } from '../spelling/testBudget'

const MAX_WORDS = 2_000

/**
 * `POST /api/official-names/check-words` with `{ words: string[] }` (lower-case words of a
 * draft): `{ dictionary: boolean, unknown: { [word]: suggestion | null } }` — the words the
 * Indonesian dictionary lacks, each with its closest known word. The editor's review panel builds
 * its typo check from this answer (the dictionary stays on the server). Logged-in staff only; the
 * check is charged to the account's review time (src/security/reviewWorkBudget.ts), 429 beyond it.
 */
export const checkWordsEndpoint: Endpoint = {
  path: '/check-words',
  method: 'post',
  handler: async (req) => {
    if (!req.user || req.user.collection !== 'users') return notLoggedIn()
    const body = await readJsonBody(req)
    if (body instanceof Response) return body
    if (!Array.isArray(body.words)) return errorAnswer(400, 'Kirim { "words": [...] }.')
    const words = [...new Set(body.words.filter((w): w is string => typeof w === 'string' && /^\p{Ll}{2,40}$/u.test(w)))]
    if (words.length > MAX_WORDS) return errorAnswer(413, `Terlalu banyak kata (maksimal ${MAX_WORDS}).`)
    const dictionary = loadSpellChecker()
    const checker = dictionary?.budgeted?.(SPELL_TESTS_PER_REVIEW) ?? dictionary
    const checked = reviewWorkBudget().run(reviewWorkKey(req.user), () => {
      const unknown: Record<string, string | null> = {}
      if (checker) for (const word of words) if (!checker.isWord(word)) unknown[word] = checker.suggest(word)
      return unknown
    })
    if (!checked.ok) return tooManyRequests(checked.retryAfterSeconds, reviewBudgetSpentMessage(checked.retryAfterSeconds))
    return jsonAnswer(200, { dictionary: dictionary !== null, unknown: checked.value })
  },
}
