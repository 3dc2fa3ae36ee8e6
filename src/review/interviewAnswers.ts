import type { PreparedField, Span } from './prepareArticle'

/** Words by which an article presents itself as an interview ("Wawancara …", "Kami berbincang dengan …"). */
const INTERVIEW = /(?<![\p{L}])(?:wawancara|berbincang|berbincang-bincang|bincang-bincang|mewawancarai|diwawancarai|interview)(?![\p{L}])/iu
/** A question line: one short sentence ending in "?". */
const QUESTION = /^[^.!?\n]{3,300}\?\s*$/u

/** Lines of the body's paragraphs: a question is often typed on its own line above its answer. */
function lines(text: string, paragraphs: Span[]): Span[] {
  const out: Span[] = []
  for (const p of paragraphs) {
    let from = p.start
    for (let i = p.start; i <= p.end; i++) {
      if (i < p.end && text[i] !== '\n') continue
      const line = text.slice(from, i)
      const lead = line.length - line.trimStart().length
      const trail = line.length - line.trimEnd().length
      if (i - trail > from + lead) out.push({ start: from + lead, end: i - trail })
      from = i + 1
    }
  }
  return out
}

/**
 * An interview's answers are the interviewee's words, not the writer's (round 18). In an article that
 * presents itself as an interview (title, lead or the body before the first question), the body's
 * question lines open answers: the lines after each question, up to the next one, are reported speech.
 * Since round 19 a question is a line, not only a paragraph, as a question typed above its answer in one
 * paragraph is as common. Two questions at least, so that one rhetorical question changes nothing; an
 * office FAQ ("Tanya jawab …") names no interview, and its answers stay the office's own voice.
 */
export function markInterviewAnswers(fields: PreparedField[]): void {
  const body = fields.find((f) => f.field === 'body')
  if (!body) return
  const questions = lines(body.text, body.paragraphs).filter((l) => QUESTION.test(body.text.slice(l.start, l.end)))
  if (questions.length < 2) return
  const intro = [...fields.filter((f) => f.field !== 'body').map((f) => f.text), body.text.slice(0, questions[0].start)]
  if (!intro.some((text) => INTERVIEW.test(text))) return
  const afterFirst = questions[0].end
  const inQuestion = (offset: number) => questions.some((q) => offset >= q.start && offset < q.end)
  const epilogues = writerParagraphs(body, questions, names(intro))
  for (const sentence of body.sentences) {
    if (sentence.firstToken >= sentence.lastToken) continue
    const start = body.tokens[sentence.firstToken].start
    if (start >= afterFirst && !inQuestion(start) && !epilogues.some((e) => start >= e.start && start < e.end)) sentence.attributed = true
  }
}

/** The interviewee as the intro names them: with an age ("Rizky Pratama (16)") or after "Wawancara:"/"berbincang dengan". */
const INTERVIEWEE = /(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3})\s*\(\d{1,3}\)|(?:wawancara\s*(?::|dengan)|berbincang\s+dengan)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3})/giu
const names = (intro: string[]): Set<string> =>
  new Set(intro.flatMap((text) => [...text.matchAll(INTERVIEWEE)].flatMap((m) => (m[1] ?? m[2]).split(/\s+/))))

/**
 * Round 21: the writer takes the floor back after an answer. From a paragraph past the first of an answer
 * that speaks of the interviewee in the third person — opening with a name the intro gives, or "Ia"/"Dia"
 * ("Rizky adalah salah satu dari 48 atlet …") — to the next question, the paragraphs are the writer's own.
 */
function writerParagraphs(body: PreparedField, questions: Span[], named: Set<string>): Span[] {
  const out: Span[] = []
  questions.forEach((q, i) => {
    const until = questions[i + 1]?.start ?? body.text.length
    const block = body.paragraphs.filter((p) => p.start > q.end && p.start < until)
    const from = block.findIndex((p, k) => {
      if (k === 0) return false
      const words = body.text.slice(p.start, Math.min(p.end, p.start + 80)).split(/\s+/)
      if (words[0] === 'Ia' || words[0] === 'Dia') return true
      // "Rizky adalah …", "Siti Nurhaliza kini …": the name's words, then a lower-case word (not "Batik Giriloyo").
      let n = 0
      while (n < words.length && named.has(words[n])) n++
      return n > 0 && /^\p{Ll}/u.test(words[n] ?? '')
    })
    if (from > 0) out.push({ start: block[from].start, end: until })
  })
  return out
}
