import type { Rule } from './Rule'
import { allCaps } from './rules/allCaps'
import { callToAction } from './rules/callToAction'
import { clickbait } from './rules/clickbait'
import { exclamation } from './rules/exclamation'
import { intensifier } from './rules/intensifier'
import { loadedLanguage } from './rules/loadedLanguage'
import { nameConsistency } from './rules/nameConsistency'
import { numberConsistency } from './rules/numberConsistency'
import { numberFormat } from './rules/numberFormat'
import { preferredSpelling } from './rules/preferredSpelling'
import { puffery } from './rules/puffery'
import { relativeTime } from './rules/relativeTime'
import { unattributedCertainty } from './rules/unattributedCertainty'
import { unattributedQuote } from './rules/unattributedQuote'
import { unbalancedQuote } from './rules/unbalancedQuote'
import { weekdayDate } from './rules/weekdayDate'
import { dateConsistency } from './rules/dateConsistency'
import { generalisation } from './rules/generalisation'
import { moneyConsistency } from './rules/moneyConsistency'
import { officialName } from './rules/officialName'
import { partsTotal } from './rules/partsTotal'
import { percentageSum } from './rules/percentageSum'
import { typo } from './rules/typo'
import { unsourcedSuperlative } from './rules/unsourcedSuperlative'
import { writerCredit } from './rules/writerCredit'

/** Every rule, accuracy first. */
export const allRules: readonly Rule[] = [
  weekdayDate,
  nameConsistency,
  preferredSpelling,
  numberConsistency,
  numberFormat,
  moneyConsistency,
  percentageSum,
  partsTotal,
  dateConsistency,
  officialName,
  typo,
  unattributedQuote,
  unbalancedQuote,
  relativeTime,
  puffery,
  intensifier,
  loadedLanguage,
  unattributedCertainty,
  exclamation,
  allCaps,
  clickbait,
  callToAction,
  writerCredit,
  unsourcedSuperlative,
  generalisation,
]
