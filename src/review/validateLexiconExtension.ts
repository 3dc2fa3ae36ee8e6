import type { LexiconExtension } from './types'

const PHRASE_LISTS = ['puffery', 'intensifiers', 'loadedLanguage', 'certainty', 'clickbait', 'callToAction', 'relativeTime', 'attribution']
const WORD_LISTS = ['acronyms', 'nameStopwords', 'officialNames', 'numberNounStopwords', 'abbreviations']
const SEVERITIES = ['info', 'warning', 'error']

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Checks an office's lexicon extension (parsed JSON) and returns it typed, or throws an Error
 * with an Indonesian message naming the first problem.
 */
export function validateLexiconExtension(value: unknown): LexiconExtension {
  if (!isObject(value)) throw new Error('Leksikon tambahan harus berupa objek JSON.')
  for (const key of Object.keys(value)) {
    if (key.startsWith('$') || key === 'description') continue
    const list = value[key]
    if (PHRASE_LISTS.includes(key)) {
      if (!Array.isArray(list)) throw new Error(`Leksikon "${key}" harus berupa array.`)
      list.forEach((item, i) => {
        if (typeof item === 'string') return
        if (!isObject(item) || typeof item.phrase !== 'string' || !item.phrase.trim()) {
          throw new Error(`Leksikon "${key}" butir ${i + 1}: harus teks atau objek dengan "phrase".`)
        }
        if (item.severity !== undefined && !SEVERITIES.includes(String(item.severity))) {
          throw new Error(`Leksikon "${key}" butir ${i + 1}: "severity" harus info, warning, atau error.`)
        }
      })
    } else if (WORD_LISTS.includes(key)) {
      if (!Array.isArray(list) || list.some((w) => typeof w !== 'string')) {
        throw new Error(`Leksikon "${key}" harus berupa array teks.`)
      }
    } else if (key === 'spellings') {
      if (!Array.isArray(list)) throw new Error('Leksikon "spellings" harus berupa array.')
      list.forEach((item, i) => {
        if (!isObject(item) || typeof item.preferred !== 'string' || !Array.isArray(item.variants) || item.variants.some((v) => typeof v !== 'string')) {
          throw new Error(`Leksikon "spellings" butir ${i + 1}: perlu "preferred" (teks) dan "variants" (array teks).`)
        }
      })
    } else if (key === 'remove') {
      if (!isObject(list)) throw new Error('"remove" harus berupa objek: nama daftar → array frasa.')
      for (const [name, phrases] of Object.entries(list)) {
        if (!Array.isArray(phrases) || phrases.some((p) => typeof p !== 'string')) {
          throw new Error(`"remove.${name}" harus berupa array teks.`)
        }
      }
    } else {
      throw new Error(`Daftar leksikon "${key}" tidak dikenal.`)
    }
  }
  return value as LexiconExtension
}
