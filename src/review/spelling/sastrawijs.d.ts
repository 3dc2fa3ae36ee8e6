/**
 * Types for npm `sastrawijs` 1.1.0: the package ships dist/index.d.ts but its package.json
 * "exports" map has no "types" entry, so TypeScript (moduleResolution bundler) cannot find them.
 * Only what the review assistant uses is declared.
 */
declare module 'sastrawijs' {
  export class Stemmer {
    /** Built on the bundled KBBI root list (about 30,000 roots) unless a list is given. */
    constructor(dictionary?: string[])
    /** The word (lower case) is a root of the dictionary. */
    find(word: string): boolean
    /** The word's root after removing Indonesian affixes; the word itself when none is found. */
    stem(word: string): string
  }
}
