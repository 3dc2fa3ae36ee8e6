import type { PreparedField } from './prepareArticle'

/** Words by which an article presents itself as an interview ("Wawancara …", "Kami berbincang dengan …"). */
const INTERVIEW = /(?<![\p{L}])(?:wawancara|berbincang|berbincang-bincang|bincang-bincang|mewawancarai|diwawancarai|interview)(?![\p{L}])/iu
/** A question paragraph: one short sentence ending in "?". */
const QUESTION = /^[^.!?]{3,300}\?\s*$/u

/**
 * An interview's answers are the interviewee's words, not the writer's (round 18). In an article that
 * presents itself as an interview (title, lead or the body before the first question), the body's
 * question paragraphs open answers: the paragraphs after each question, up to the next one, are
 * reported speech. Two questions at least, so that one rhetorical question changes nothing; an office
 * FAQ ("Tanya jawab …") names no interview, and its answers stay the office's own voice.
 */
export function markInterviewAnswers(fields: PreparedField[]): void {
  const body = fields.find((f) => f.field === 'body')
  if (!body) return
  const questions = body.paragraphs.map((p) => QUESTION.test(body.text.slice(p.start, p.end)))
  if (questions.filter(Boolean).length < 2) return
  const firstQuestion = questions.indexOf(true)
  const before = body.paragraphs.slice(0, firstQuestion).map((p) => body.text.slice(p.start, p.end))
  const intro = [...fields.filter((f) => f.field !== 'body').map((f) => f.text), ...before]
  if (!intro.some((text) => INTERVIEW.test(text))) return
  const answer = new Uint8Array(body.paragraphs.length)
  for (let p = firstQuestion + 1; p < body.paragraphs.length; p++) answer[p] = questions[p] ? 0 : 1
  for (const sentence of body.sentences) {
    if (sentence.firstToken < sentence.lastToken && answer[body.tokenParagraph[sentence.firstToken]]) sentence.attributed = true
  }
}
