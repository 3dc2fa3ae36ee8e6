/**
 * Command line: npm run --silent review -- <file> [--date YYYY-MM-DD] [--registry names.csv|names.json] [--json]
 *
 * The file is plain UTF-8 text: the first non-empty line is the title, the rest the body
 * (paragraphs separated by blank lines; CRLF is read as LF). Offsets in the JSON output are into
 * the title line (trimmed) and into the body (the text after the title line, without leading
 * blank lines and trailing white space). An office lexicon is read from REVIEW_LEXICON_FILE, an
 * official names registry from --registry (CSV or JSON, e.g. an export of the admin's Daftar Nama
 * Resmi; default: the demo city's seed), the Indonesian dictionary for typos from
 * REVIEW_DICTIONARY_DIR (default /usr/share/hunspell; without it typos are not checked).
 * Exit 0 when the text was checked, 2 on bad input.
 */
import { readFileSync } from 'node:fs'

import { analyzeArticle } from './analyzeArticle'
import { formatReport } from './formatReport'
import { isRealDate } from './isRealDate'
import { loadExtraLexicon } from './loadExtraLexicon'
import { parseArticleText } from './parseArticleText'
import { loadRegistryFile } from './registry/loadRegistryFile'
import { seedOfficialNames } from './registry/seedOfficialNames'
import { loadSpellChecker } from './spelling/loadSpellChecker'
import type { OfficialNameEntry } from './types'
import { toCalendarDate } from './toCalendarDate'

const USAGE = 'Penggunaan: npm run --silent review -- <berkas.txt> [--date YYYY-MM-DD] [--registry nama-resmi.csv|.json] [--json]'

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`)
  process.exit(2)
}

function main(argv: string[]): void {
  let file: string | undefined
  let date: string | undefined
  let json = false
  let registryFile: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--json') json = true
    else if (arg === '--date') {
      date = argv[++i]
      if (date === undefined) fail('Opsi --date memerlukan tanggal (YYYY-MM-DD).')
    } else if (arg.startsWith('--date=')) date = arg.slice('--date='.length)
    else if (arg === '--registry') {
      registryFile = argv[++i]
      if (registryFile === undefined) fail('Opsi --registry memerlukan berkas CSV atau JSON.')
    } else if (arg.startsWith('--registry=')) registryFile = arg.slice('--registry='.length)
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`)
      return
    } else if (arg.startsWith('-')) fail(`Opsi tidak dikenal: ${arg}`)
    else if (file === undefined) file = arg
    else fail(`Terlalu banyak argumen: ${arg}`)
  }
  if (!file) fail('Berkas berita belum disebutkan.')

  if (date !== undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
    if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
      fail(`Tanggal tidak sah: "${date}". Gunakan format YYYY-MM-DD dengan tanggal yang ada di kalender.`)
    }
  } else {
    const today = toCalendarDate(new Date())
    if (today) date = `${today.year}-${String(today.month).padStart(2, '0')}-${String(today.day).padStart(2, '0')}`
  }

  let raw: string
  try {
    raw = readFileSync(file, 'utf8')
  } catch {
    fail(`Berkas tidak ditemukan atau tidak dapat dibaca: ${file}`)
  }
  const { title, body } = parseArticleText(raw)
  if (!title) fail(`Berkas kosong: ${file}`)

  let extraLexicon
  try {
    extraLexicon = loadExtraLexicon()
  } catch (error) {
    fail((error as Error).message)
  }

  let registry: OfficialNameEntry[] = seedOfficialNames
  if (registryFile) {
    try {
      registry = loadRegistryFile(registryFile)
    } catch (error) {
      fail((error as Error).message)
    }
  }
  const spellChecker = loadSpellChecker()

  const findings = analyzeArticle({ title, body, publishedAt: date }, { extraLexicon, registry, spellChecker })
  if (json) process.stdout.write(`${JSON.stringify({ findings })}\n`)
  else process.stdout.write(formatReport(findings, { title, body }, date))
}

main(process.argv.slice(2))
