import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import nspell from 'nspell'
import { Stemmer } from 'sastrawijs'

import extraWords from '../lexicons/dictionaryExtra.json'
import type { SpellChecker } from '../types'
import { createSpellChecker } from './createSpellChecker'

export const DEFAULT_DICTIONARY_DIR = '/usr/share/hunspell'
const cache = new Map<string, SpellChecker | null>()

/**
 * The English hunspell dictionary (Debian package hunspell-en-us: en_US.aff/en_US.dic) in `dir`,
 * as a word test, or null when absent: English loanwords are then checked as Indonesian.
 */
function loadEnglish(dir: string): ((word: string) => boolean) | null {
  const aff = path.join(dir, 'en_US.aff')
  const dic = path.join(dir, 'en_US.dic')
  if (!existsSync(aff) || !existsSync(dic)) return null
  try {
    const spell = nspell({ aff: readFileSync(aff), dic: readFileSync(dic) })
    return (word: string) => spell.correct(word)
  } catch {
    return null
  }
}

/**
 * Server/CLI only: the Indonesian hunspell dictionary (Debian package hunspell-id: id_ID.aff and
 * id_ID.dic) from REVIEW_DICTIONARY_DIR (default /usr/share/hunspell), read with nspell, plus the
 * words of lexicons/dictionaryExtra.json that the dictionary lacks, and the English dictionary
 * (hunspell-en-us, en_US.aff/.dic in the same directory) when installed, so English words and
 * loanwords are not reported as typos, and the Sastrawi stemmer's KBBI root list (npm `sastrawijs`)
 * as evidence of a valid word hunspell-id lacks. Returns null when the files
 * are absent: the typo rule then stays silent. Loaded once per directory (about 2 s, 3–4 s with English).
 */
export function loadSpellChecker(dir: string = process.env.REVIEW_DICTIONARY_DIR || DEFAULT_DICTIONARY_DIR): SpellChecker | null {
  if (cache.has(dir)) return cache.get(dir) ?? null
  const aff = path.join(dir, 'id_ID.aff')
  const dic = path.join(dir, 'id_ID.dic')
  let checker: SpellChecker | null = null
  if (existsSync(aff) && existsSync(dic)) {
    try {
      const spell = nspell({ aff: readFileSync(aff), dic: readFileSync(dic) })
      // nspell expands every affixed form into `data`: a plain property test rules out most of the
      // hundreds of candidates a suggestion tries before the (slower) full check.
      const data = (spell as unknown as { data?: Record<string, unknown> }).data
      const has = data ? (word: string) => Object.hasOwn(data, word) && spell.correct(word) : (word: string) => spell.correct(word)
      checker = createSpellChecker(has, extraWords.words, { foreign: loadEnglish(dir), roots: new Stemmer() })
    } catch {
      checker = null
    }
  }
  cache.set(dir, checker)
  return checker
}
