import { readFileSync } from 'node:fs'

import type { LexiconExtension } from './types'
import { validateLexiconExtension } from './validateLexiconExtension'

/**
 * Server/CLI only (reads a file): the office's lexicon extension from the JSON file named by
 * REVIEW_LEXICON_FILE, or undefined when the variable is unset. Throws (Indonesian message) when
 * the file is missing or invalid. Read once per path and process. The pure core never imports this.
 */
const cache = new Map<string, LexiconExtension>()

export function loadExtraLexicon(file: string | undefined = process.env.REVIEW_LEXICON_FILE): LexiconExtension | undefined {
  if (!file) return undefined
  const cached = cache.get(file)
  if (cached) return cached
  let raw: string
  try {
    raw = readFileSync(file, 'utf8')
  } catch {
    throw new Error(`Berkas leksikon tidak dapat dibaca: ${file}`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    throw new Error(`Berkas leksikon bukan JSON yang sah: ${file}`)
  }
  let extension: LexiconExtension
  try {
    extension = validateLexiconExtension(parsed)
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`)
  }
  // Cached per path (the same object also keeps compileLexicon's cache warm).
  cache.set(file, extension)
  return extension
}
