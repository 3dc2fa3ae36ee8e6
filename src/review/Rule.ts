import type { PreparedArticle } from './prepareArticle'
import type { Category, Finding, RuleId } from './types'

/** One check of the review assistant: a pure function of the prepared article. */
export interface Rule {
  id: RuleId
  category: Category
  run(article: PreparedArticle): Finding[]
}
