/**
 * Derivations the affix readings of `createSpellChecker` miss (KBBI morphology, examples not from
 * the corpus):
 *
 * - partial reduplication (*dwipurwa*): the root's first consonant with a pepet before the root,
 *   with -an, as collectives and kinds ("pepohonan" ← pohon, "rerumputan" ← rumput,
 *   "tetumbuhan" ← tumbuh), and since round 19 without it ("lelangit" ← langit, "jejentik" ← jentik);
 * - be-…-an, the form of ber-…-an some words take ("bepergian" ← pergi), around a root of 5+ letters.
 *
 * `known` is the dictionary test (words, not affixed readings), so a slip inside the root still
 * shows ("pepohnan" has no root "pohn").
 */
const DWIPURWA = /^([bcdfghjklmnprstvwyz])e\1/
const MIN_DWIPURWA_ROOT = 4
const MIN_BARE_DWIPURWA_ROOT = 5
const PREFIX_CONSONANT = /^[bkmpst]/
const MIN_BE_ROOT = 5

export function isReduplicatedOrBeForm(word: string, known: (word: string) => boolean): boolean {
  if (DWIPURWA.test(word)) {
    // With -an: a bare "be" + root is more often ber- with its r left out ("bebagai").
    const root = word.endsWith('an') ? word.slice(2, -2) : ''
    if (root.length >= MIN_DWIPURWA_ROOT && known(root)) return true
    // Since round 19 also bare ("lelangit" ← langit), when the first consonant opens no prefix (be-, ke-, me-, pe-, se-,
    // te(r)-): "kekurang" is ke-…-an with its -an left out, not a reduplication.
    if (!PREFIX_CONSONANT.test(word) && word.length - 2 >= MIN_BARE_DWIPURWA_ROOT && known(word.slice(2))) return true
  }
  if (word.startsWith('be') && !word.startsWith('ber') && word.endsWith('an')) {
    const root = word.slice(2, -2)
    // Unless another first letter makes a dictionary word: "bekerjaan" is the slip of "pekerjaan".
    if (root.length >= MIN_BE_ROOT && known(root) && ![...'abcdefghijklmnopqrstuvwxyz'].some((c) => c !== 'b' && known(c + word.slice(1)))) return true
  }
  return false
}
