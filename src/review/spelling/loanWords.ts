/**
 * Indonesian spellings of international loanwords mapped back to English, per the Pedoman Umum
 * Pembentukan Istilah: k ↔ c, -si ↔ -tion/-sion, -tas ↔ -ty, -en/-an ↔ -ent/-ant, -if ↔ -ive,
 * -ik ↔ -ic, -is ↔ -ist, f ↔ ph ("komposisi" ← composition, "resisten" ← resistant, "efektif" ←
 * effective, "finalis" ← finalist: -is ↔ -ist since round 19).
 */
const LOAN_ENDINGS: readonly [string, string][] = [
  ['si', 'tion'], ['si', 'sion'], ['tas', 'ty'], ['en', 'ent'], ['en', 'ant'], ['an', 'ant'], ['an', 'ent'], ['if', 'ive'], ['ik', 'ic'], ['is', 'ic'], ['is', 'ist'], ['', ''],
]
/** A loanword's host before the clitic -nya must be this long: a short one is as likely a slip. */
const MIN_CLITIC_HOST = 6

/**
 * An English word (`foreignTest`, the English dictionary), or the Indonesian spelling of an English
 * loanword; since round 19 also with the clitic -nya, as Indonesian attaches it to any noun
 * ("aktivasinya" ← aktivasi ← activation, "finalisnya").
 */
export function isLoanWord(word: string, foreignTest: (word: string) => boolean): boolean {
  if (foreignTest(word)) return true
  for (const [id, en] of LOAN_ENDINGS) {
    if (!word.endsWith(id) || word.length - id.length < 4) continue
    const stem = word.slice(0, word.length - id.length)
    for (const s of new Set([stem, stem.replace(/k/g, 'c'), stem.replace(/f/g, 'ph'), stem.replace(/k/g, 'c').replace(/f/g, 'ph')])) {
      if (s + en !== word && foreignTest(s + en)) return true
    }
  }
  return word.endsWith('nya') && word.length - 3 >= MIN_CLITIC_HOST && isLoanWord(word.slice(0, -3), foreignTest)
}
