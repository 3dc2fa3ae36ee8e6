import { looksLikeAcronym } from '../looksLikeAcronym'
import type { PreparedArticle, PreparedField } from '../prepareArticle'
import type { Rule } from '../Rule'
import type { Finding } from '../types'

const ROMAN = /^[IVXLCDM]+$/

function letters(word: string): string {
  return word.replace(/[^\p{L}]/gu, '')
}

function isAllCaps(word: string): boolean {
  const l = letters(word)
  return l.length >= 2 && l === l.toUpperCase() && l !== l.toLowerCase()
}

const registryCache = new WeakMap<object, Set<string>>()

/** Words written in capitals in the registry's names and variants ("DPUPKP", "Kepala Pelaksana BPBD"). */
function registryAcronyms(registry: PreparedArticle['registry']): Set<string> {
  let set = registryCache.get(registry)
  if (!set) {
    set = new Set()
    for (const entry of registry) {
      for (const text of [entry.name, ...(entry.variants ?? [])]) for (const w of text.match(/\p{L}+/gu) ?? []) if (isAllCaps(w)) set.add(w)
    }
    registryCache.set(registry, set)
  }
  return set
}

/** Acronyms the article defines in parentheses: "Dinas Penanaman Modal … (DPMPTSP)". */
function definedAcronyms(article: PreparedArticle): Set<string> {
  const set = new Set<string>()
  for (const field of article.fields) {
    for (const m of field.text.matchAll(/\(\s*(\p{Lu}{2,}(?:-\p{Lu}{2,})*)\s*\)/gu)) {
      set.add(m[1])
      for (const part of m[1].split('-')) set.add(part)
    }
  }
  return set
}

/**
 * A hyphenated compound of acronyms ("KUA-PPAS", "RPJMD-RKPD"): two or more different short
 * parts (2–5 letters each, the length of an acronym), one of which is an acronym. A reduplication
 * ("AYO-AYO") or a shouted word ("HEBAT-HEBATNYA") is not.
 */
function acronymCompound(word: string, isAcronym: (l: string) => boolean): boolean {
  const parts = word.split('-').map(letters)
  if (parts.length < 2 || parts.some((p) => p.length < 2 || p.length > 5)) return false
  if (new Set(parts).size < parts.length) return false
  return parts.some(isAcronym)
}

/**
 * Words in capitals that are not acronyms. Acronyms: the lexicon's (OPD, DPRD …), the registry's,
 * those the article defines in parentheses, words that cannot be Indonesian words (DPUPKP, see
 * looksLikeAcronym) and any 2–5 letter word.
 */
/** Nouns that introduce the name of a product or service, which may be written in capitals by its owner. */
const PRODUCT_NOUNS = new Set(['aplikasi', 'platform', 'sistem', 'situs', 'laman', 'portal', 'kanal', 'akun', 'fitur', 'produk', 'merek', 'website', 'app'])

/**
 * Since round 22 words of emphasis are shouted in capitals however short ("TIDAK AKAN mengulangi", "WAJIB hadir",
 * "HANYA Rp5.000"): no acronym is spelled like them.
 */
const EMPHASIS = new Set(['tidak', 'tak', 'akan', 'wajib', 'harus', 'hanya', 'bukan', 'pasti', 'semua', 'harap', 'awas', 'ayo', 'yuk', 'stop', 'segera', 'sangat', 'jangan', 'dilarang'])

export const allCaps: Rule = {
  id: 'all-caps',
  category: 'neutrality',
  run: (article) => {
    const { acronyms } = article.lexicon
    const checker = article.spellChecker
    const registry = registryAcronyms(article.registry)
    const defined = definedAcronyms(article)
    const isAcronym = (l: string) => acronyms.has(l.toUpperCase()) || registry.has(l) || defined.has(l) || looksLikeAcronym(l)
    const isKnown = (word: string) => word.split(/[-'’]/).every((part) => !letters(part) || isAcronym(letters(part)))
    const allowed = (word: string) => {
      const l = letters(word)
      return isKnown(word) || ROMAN.test(l) || l.length <= 5 || acronymCompound(word, isAcronym)
    }
    const findings: Finding[] = []
    const push = (field: PreparedField, first: number, last: number, message: string) => {
      const start = field.tokens[first].start
      const end = field.tokens[last].end
      const inQuote = field.tokenQuote[first] >= 0
      findings.push({
        rule: 'all-caps',
        category: 'neutrality',
        severity: inQuote ? 'info' : 'warning',
        message: inQuote ? `Huruf kapital semua di dalam kutipan: ${message}` : message,
        field: field.field,
        start,
        end,
        excerpt: field.text.slice(start, end),
      })
    }
    for (const field of article.fields) {
      const { tokens } = field
      const words = tokens.filter((t) => letters(t.text).length > 0)
      if (field.field === 'title' && words.length >= 3 && words.every((t) => isAllCaps(t.text) || letters(t.text).length < 2)) {
        push(field, 0, tokens.length - 1, 'Judul ditulis dengan huruf kapital semua, terkesan berteriak. Gunakan huruf kapital hanya di awal kata (atau kalimat) dan untuk singkatan.')
        continue
      }
      let i = 0
      while (i < tokens.length) {
        if (!isAllCaps(tokens[i].text)) {
          i++
          continue
        }
        let j = i
        while (
          j + 1 < tokens.length &&
          isAllCaps(tokens[j + 1].text) &&
          field.tokenSentence[j + 1] === field.tokenSentence[i] &&
          /^[\s,]+$/.test(field.text.slice(tokens[j].end, tokens[j + 1].start))
        ) {
          j++
        }
        const run = tokens.slice(i, j + 1)
        // Since round 24 two or more ordinary words of 4+ letters the dictionary has, however short ("PENUH SESAK").
        const ordinary = (t: (typeof run)[number]) => letters(t.text).length >= 4 && !isKnown(t.text) && checker?.isWord(letters(t.lower)) === true
        const shouting =
          run.some((t) => !allowed(t.text) || EMPHASIS.has(t.lower)) ||
          run.filter((t) => !isKnown(t.text) && !acronymCompound(t.text, isAcronym)).length >= 3 ||
          (run.length >= 2 && run.every(ordinary))
        // Since round 17 one word after a noun that introduces a product's name and before another word of that name
        // ("aplikasi SATUSEHAT Mobile") is the name as its owner writes it.
        const nameGoesOn = j + 1 < tokens.length && /^\p{Lu}\p{Ll}/u.test(tokens[j + 1].text) && /^ $/.test(field.text.slice(tokens[j].end, tokens[j + 1].start))
        const named = i === j && i > 0 && nameGoesOn && PRODUCT_NOUNS.has(tokens[i - 1].lower) && /^\s+$/.test(field.text.slice(tokens[i - 1].end, tokens[i].start))
        if (shouting && !named) {
          push(field, i, j, `"${field.text.slice(tokens[i].start, tokens[j].end)}" ditulis dengan huruf kapital semua, terkesan berteriak. Gunakan huruf kapital biasa; singkatan resmi boleh kapital (daftar singkatan dapat ditambah di leksikon).`)
        }
        i = j + 1
      }
    }
    return findings
  },
}
