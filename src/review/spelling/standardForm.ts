import type { CompiledLexicon } from '../compileLexicon'
import type { SpellChecker } from '../types'
import { affixedVariant, standardSpellingOf } from './oldSpellings'

/** The one-word standard form of a listed variant ("sistim" → "sistem"). */
const listedForm = (lexicon: CompiledLexicon, word: string) => lexicon.spellings.get(word)?.find((c) => c.words.length === 1)?.entry.preferred

/**
 * The standard spelling of a lower-case word that is not itself a listed variant: a listed
 * variant with affixes ("ekosistim"), or an old or loan-word spelling of a dictionary word
 * ("kwaci", "tehnis", see `standardSpellingOf`). Null when the word is fine or unknown. A
 * capitalised word may be a name: the pre-1972 consonant spellings (dj, tj, dz) are names' own.
 */
export function standardFormOf(word: string, lexicon: CompiledLexicon, checker: SpellChecker | null, capitalised = false): string | null {
  // Since round 20 the list outranks the dictionary: a listed variant with affixes is reported even when the
  // dictionary accepts it from the variant's own root ("resikonya" → "risikonya").
  const listed = affixedVariant(word, (root) => listedForm(lexicon, root))
  if (listed) return listed
  if (checker?.isWord(word)) return null
  return checker ? standardSpellingOf(word, checker, capitalised) : null
}
