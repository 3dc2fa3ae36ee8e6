import type { CompiledLexicon } from './compileLexicon'
import { markInterviewAnswers } from './interviewAnswers'
import { matchPhrases } from './matchPhrases'
import { agentlessPassive, continuesSpeaker, isQuotedName, notSpeech } from './quoteKinds'
import { toCalendarDate, type CalendarDate } from './toCalendarDate'
import { tokenize, type Token } from './tokenize'
import type { ArticleField, ArticleInput, OfficialNameEntry, SpellChecker } from './types'

export interface Span {
  start: number
  end: number
}

export interface Sentence extends Span {
  firstToken: number
  /** One past the last token. */
  lastToken: number
  /** Contains a speech verb or source marker outside quotes (reported speech). */
  attributed: boolean
}

export interface Quote extends Span {
  /** Offsets of the quoted words, without the marks. */
  innerStart: number
  innerEnd: number
  paragraph: number
  closed: boolean
  /** Long enough (or punctuated) to be a direct quote rather than a quoted term or name. */
  direct: boolean
  /** A speech verb or speaker colon in or next to its paragraph. */
  attributed: boolean
}

export interface QuoteProblem extends Span {
  kind: 'unclosed' | 'unopened'
}

export interface PreparedField {
  field: ArticleField
  text: string
  tokens: Token[]
  paragraphs: Span[]
  tokenParagraph: Int32Array
  sentences: Sentence[]
  tokenSentence: Int32Array
  /** First word of a sentence, of a paragraph or of a quotation. */
  sentenceInitial: Uint8Array
  quotes: Quote[]
  /** Index into quotes of the quote holding each token, or -1. */
  tokenQuote: Int32Array
  quoteProblems: QuoteProblem[]
}

export interface PreparedArticle {
  fields: PreparedField[]
  published?: CalendarDate
  lexicon: CompiledLexicon
  registry: readonly OfficialNameEntry[]
  spellChecker: SpellChecker | null
}

const OPENING = new Set(['"', '“'])
/** A speech tag after a comma inside an unclosed quotation: "…, kata Warsini."; since round 19 also a title, comma and name ("…, kata Kepala Dinas Sosial, Warsini."). */
const SPEECH_TAG_INSIDE = /,\s+(?:kata|ujar|ucap|tutur|jelas|imbuh|tambah|tegas|terang|lanjut)(?:nya)?(?:,?\s+(?:\p{Lu}[\p{L}.]*|dan))*\s*[.!]?$/u

function findParagraphs(text: string, field: ArticleField): Span[] {
  const spans: Span[] = []
  const separator = field === 'title' ? /(?!)/g : /\n[ \t]*\n\s*/g
  let from = 0
  const push = (start: number, end: number) => {
    let s = start
    let e = end
    while (s < e && /\s/.test(text[s])) s++
    while (e > s && /\s/.test(text[e - 1])) e--
    if (e > s) spans.push({ start: s, end: e })
  }
  for (const m of text.matchAll(separator)) {
    push(from, m.index)
    from = m.index + m[0].length
  }
  push(from, text.length)
  return spans
}

function findQuotes(text: string, paragraphs: Span[]): { quotes: Omit<Quote, 'direct' | 'attributed'>[]; problems: QuoteProblem[] } {
  const quotes: Omit<Quote, 'direct' | 'attributed'>[] = []
  const problems: QuoteProblem[] = []
  paragraphs.forEach((para, index) => {
    let straight = -1
    let curly = -1
    const add = (open: number, close: number | null) =>
      quotes.push({
        start: open,
        end: close === null ? para.end : close + 1,
        innerStart: open + 1,
        innerEnd: close === null ? para.end : close,
        paragraph: index,
        closed: close !== null,
      })
    for (let p = para.start; p < para.end; p++) {
      const c = text[p]
      if (c === '"') {
        if (straight >= 0) {
          add(straight, p)
          straight = -1
        } else straight = p
      } else if (c === '“') {
        if (curly >= 0) problems.push({ start: curly, end: curly + 1, kind: 'unclosed' })
        curly = p
      } else if (c === '”') {
        if (curly >= 0) {
          add(curly, p)
          curly = -1
        } else if (/[\p{L}\p{N}]/u.test(text[p + 1] ?? '')) {
          curly = p // ”…” typed with two closing marks: still balanced
        } else problems.push({ start: p, end: p + 1, kind: 'unopened' })
      }
    }
    // A quote running over several paragraphs leaves its paragraph open; the next one reopens it.
    const next = paragraphs[index + 1]
    const continues = next !== undefined && OPENING.has(text[next.start])
    for (const open of [straight, curly]) {
      if (open < 0) continue
      add(open, null)
      if (!continues) problems.push({ start: open, end: open + 1, kind: 'unclosed' })
    }
  })
  quotes.sort((a, b) => a.start - b.start)
  return { quotes, problems }
}

function prepareField(field: ArticleField, text: string, lexicon: CompiledLexicon): PreparedField {
  const tokens = tokenize(text)
  const paragraphs = findParagraphs(text, field)
  const n = tokens.length

  const tokenParagraph = new Int32Array(n)
  for (let i = 0, p = 0; i < n; i++) {
    while (p < paragraphs.length - 1 && tokens[i].start >= paragraphs[p].end) p++
    tokenParagraph[i] = p
  }

  const { quotes: rawQuotes, problems } = findQuotes(text, paragraphs)
  const tokenQuote = new Int32Array(n).fill(-1)
  for (let i = 0, q = 0; i < n; i++) {
    while (q < rawQuotes.length && rawQuotes[q].end <= tokens[i].start) q++
    const quote = rawQuotes[q]
    if (quote && tokens[i].start >= quote.innerStart && tokens[i].end <= quote.innerEnd) tokenQuote[i] = q
  }

  // Sentences and sentence-initial words.
  const sentenceInitial = new Uint8Array(n)
  const sentenceStart = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    if (i === 0 || tokenParagraph[i] !== tokenParagraph[i - 1]) {
      sentenceStart[i] = 1
      sentenceInitial[i] = 1
      continue
    }
    const gap = text.slice(tokens[i - 1].end, tokens[i].start)
    const first = tokens[i].text[0]
    const upper = first !== first.toLowerCase() || /\d/.test(first)
    const prev = tokens[i - 1]
    let ends = false
    if (/[!?…]/.test(gap) && /\s/.test(gap)) ends = true
    else if (/^[)\]"”’']*\.[)\]"”’']*\s/.test(gap) && upper) {
      const abbreviation = lexicon.abbreviations.has(prev.lower) || (prev.text.length === 1 && /\p{Lu}/u.test(prev.text))
      ends = !abbreviation
    } else if (/:\s/.test(gap) && upper) ends = true
    if (ends) sentenceStart[i] = 1
    if (ends || /[“]/.test(gap) || (gap.includes('"') && tokenQuote[i] >= 0 && tokenQuote[i - 1] !== tokenQuote[i])) {
      sentenceInitial[i] = 1
    }
  }

  const sentences: Sentence[] = []
  const tokenSentence = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    if (sentenceStart[i]) {
      sentences.push({ start: tokens[i].start, end: tokens[i].end, firstToken: i, lastToken: i + 1, attributed: false })
    }
    const current = sentences[sentences.length - 1]
    current.end = tokens[i].end
    current.lastToken = i + 1
    tokenSentence[i] = sentences.length - 1
  }

  // Attribution: speech verbs and source markers outside quotes.
  const speechInParagraph = new Uint8Array(paragraphs.length)
  const speechOpensParagraph = new Uint8Array(paragraphs.length)
  // The paragraph's first sentence goes on with the speaker of the paragraph before ("Ia menambahkan, …").
  const speechContinuesParagraph = new Uint8Array(paragraphs.length)
  const paragraphFirstSentence = new Int32Array(paragraphs.length).fill(-1)
  for (let i = n - 1; i >= 0; i--) paragraphFirstSentence[tokenParagraph[i]] = tokenSentence[i]
  const attributionAt = new Map<number, 'speech' | 'adjacent' | 'source'>()
  for (const match of matchPhrases(tokens, text, lexicon.attribution)) {
    if (tokenQuote[match.first] >= 0 || notSpeech(tokens, match.first, match.entry.phrase)) continue
    attributionAt.set(match.first, match.entry.kind)
    if (match.entry.kind !== 'adjacent') sentences[tokenSentence[match.first]].attributed = true
    // Round 16: an indirect speech tag closing the sentence after a comma ("…, kata Kepala Puskesmas.",
    // "…, ujar dia."): the sentence is reported even without quotation marks.
    else if (speechTagCloses(tokens, text, sentences[tokenSentence[match.first]], match.first)) sentences[tokenSentence[match.first]].attributed = true
    if (match.entry.kind === 'speech') {
      const p = tokenParagraph[match.first]
      // A passive speech verb with no one after it ("demikian disampaikan dalam siaran pers") names no speaker.
      if (!agentlessPassive(tokens, text, match.first, match.entry.phrase)) speechInParagraph[p] = 1
      else attributionAt.set(match.first, 'source')
      // "Hal itu disampaikan Kepala Dinas …" / "…, ujarnya." opening the next paragraph.
      const firstSentence = paragraphFirstSentence[p]
      const phrase = match.entry.phrase
      if (tokenSentence[match.first] === firstSentence && (/^di/.test(phrase) || /nya$/.test(phrase))) speechOpensParagraph[p] = 1
      if (tokenSentence[match.first] === firstSentence && continuesSpeaker(tokens, sentences[firstSentence].firstToken, match.first, phrase)) {
        speechContinuesParagraph[p] = 1
      }
    }
  }

  const quoteWords = new Int32Array(rawQuotes.length)
  const quoteLastToken = new Int32Array(rawQuotes.length).fill(-1)
  for (let i = 0; i < n; i++) {
    const q = tokenQuote[i]
    if (q >= 0) {
      quoteWords[q]++
      quoteLastToken[q] = i
    }
  }

  const quotes: Quote[] = rawQuotes.map((quote, q) => {
    const inner = text.slice(quote.innerStart, quote.innerEnd).trim()
    const words = quoteWords[q]
    const lastInner = quoteLastToken[q]
    const para = paragraphs[quote.paragraph]
    // A quoted name (an award, a theme, a programme) is not a quotation.
    const direct = (words >= 4 || (words >= 1 && /[.,!?…]$/.test(inner))) && !isQuotedName(inner, text.slice(Math.max(para.start, quote.start - 60), quote.start))
    let attributed = false
    if (direct) {
      // "…," kata Budi / "…," ujarnya — a verb among the first words after the closing mark.
      const after = lastInner + 1
      for (let i = after; i < Math.min(n, after + 4) && !attributed; i++) {
        if (tokenQuote[i] >= 0 || tokenParagraph[i] !== quote.paragraph) break
        const kind = attributionAt.get(i)
        if (kind === 'speech') attributed = true
        // "…," kata Budi — but not "…. Kata kunci …", where a new sentence starts.
        else if (kind === 'adjacent' && (!sentenceStart[i] || /[,!?]$/.test(inner))) attributed = true
      }
      // Budi: "…"  /  Budi mengatakan, "…"
      const before = text.slice(para.start, quote.start).trimEnd()
      if (before.endsWith(':')) attributed = true
      if (speechInParagraph[quote.paragraph]) attributed = true
      const prevPara = paragraphs[quote.paragraph - 1]
      // A quotation standing alone as its paragraph, with no speaker after it, is not given to the speaker of
      // the paragraph before unless that paragraph introduces it (":") (round 13).
      const standalone = text.slice(para.start, para.end).trim() === text.slice(quote.start, quote.end).trim()
      if (prevPara && ((!standalone && speechInParagraph[quote.paragraph - 1]) || text.slice(prevPara.start, prevPara.end).endsWith(':'))) {
        attributed = true
      }
      // Since round 14: framed by one speaker — named in the paragraph before and going on in the paragraph
      // after ("Bidan Rina mengatakan …" / "…" / "Rina menambahkan, …"), the quotation is that speaker's.
      const next = quote.paragraph + 1
      if (standalone && prevPara && speechInParagraph[quote.paragraph - 1] && next < paragraphs.length && speechContinuesParagraph[next]) {
        attributed = true
      }
      if (quote.paragraph + 1 < paragraphs.length && speechOpensParagraph[quote.paragraph + 1]) attributed = true
      // Since round 14 a quotation whose closing mark is missing before its speech tag ("…, kata Warsini." with
      // no closing mark) is attributed; the missing mark is unbalanced-quote's finding.
      if (!quote.closed && SPEECH_TAG_INSIDE.test(inner)) attributed = true
      // Round 21: a paragraph-long quotation left open after a paragraph with a speaker lost its closing mark (and
      // with it, often, its tag): unbalanced-quote's finding alone, not also an unattributed quotation.
      if (!quote.closed && standalone && prevPara && speechInParagraph[quote.paragraph - 1]) attributed = true
    }
    return { ...quote, direct, attributed }
  })

  // Since round 14: a quotation running over several paragraphs (left open, reopened in the next) is one
  // quotation — attributed in one of its paragraphs, it is attributed in all of them.
  for (let q = quotes.length - 2; q >= 0; q--) {
    const next = quotes[q + 1]
    if (!quotes[q].closed && quotes[q].direct && next.paragraph === quotes[q].paragraph + 1 && next.start === paragraphs[next.paragraph].start && next.attributed) {
      quotes[q] = { ...quotes[q], attributed: true }
    }
  }
  for (let q = 1; q < quotes.length; q++) {
    const prev = quotes[q - 1]
    if (!prev.closed && prev.attributed && quotes[q].direct && quotes[q].paragraph === prev.paragraph + 1 && quotes[q].start === paragraphs[quotes[q].paragraph].start) {
      quotes[q] = { ...quotes[q], attributed: true }
    }
  }

  // A sentence holding an attributed direct quote is reported speech too.
  for (let i = 0; i < n; i++) {
    const q = tokenQuote[i]
    if (q >= 0 && quotes[q].attributed) sentences[tokenSentence[i]].attributed = true
  }

  return {
    field,
    text,
    tokens,
    paragraphs,
    tokenParagraph,
    sentences,
    tokenSentence,
    sentenceInitial,
    quotes,
    tokenQuote,
    quoteProblems: problems.sort((a, b) => a.start - b.start),
  }
}

/** A speaker after the tag: a capitalised name or title, or a pronoun. */
const SPEAKER = /^(?:\p{Lu}[\p{L}.]*|dia|ia|beliau|mereka|nya)$/u
/**
 * "…, kata Kepala Puskesmas." — a tag of kind `adjacent` right after a comma, followed by a speaker
 * and nothing else but name words to the sentence end (or "-nya" on the tag itself).
 */
function speechTagCloses(tokens: Token[], text: string, sentence: { lastToken: number; end: number }, at: number): boolean {
  if (at === 0 || !/,\s*$/.test(text.slice(tokens[at - 1].end, tokens[at].start))) return false
  if (/nya$/u.test(tokens[at].lower)) return at + 1 >= sentence.lastToken
  const rest = tokens.slice(at + 1, sentence.lastToken)
  return rest.length >= 1 && rest.length <= 6 && SPEAKER.test(rest[0].text) && rest.every((t) => /^\p{Lu}/u.test(t.text) || /^(?:dia|ia|beliau|mereka|kota|dinas|desa|kelurahan|kecamatan|setempat)$/u.test(t.lower))
}

/** Tokenises the article once for all rules: paragraphs, sentences, quotes and attribution. */
export function prepareArticle(
  input: ArticleInput,
  lexicon: CompiledLexicon,
  extras: { registry?: readonly OfficialNameEntry[]; spellChecker?: SpellChecker | null } = {},
): PreparedArticle {
  const fields: PreparedField[] = [prepareField('title', input.title ?? '', lexicon)]
  if (input.lead) fields.push(prepareField('lead', input.lead, lexicon))
  fields.push(prepareField('body', input.body ?? '', lexicon))
  markInterviewAnswers(fields)
  return {
    fields,
    published: toCalendarDate(input.publishedAt),
    lexicon,
    registry: extras.registry ?? [],
    spellChecker: extras.spellChecker ?? null,
  }
}
