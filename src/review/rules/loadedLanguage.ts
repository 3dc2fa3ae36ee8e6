import { phraseFindings } from '../phraseFindings'
import type { Rule } from '../Rule'

/** Praise or blame and loaded verbs in the writer's voice (lexicons/loadedLanguage.json). */
export const loadedLanguage: Rule = {
  id: 'loaded-language',
  category: 'neutrality',
  run: (article) =>
    phraseFindings(article, {
      rule: 'loaded-language',
      category: 'neutrality',
      list: 'loadedLanguage',
      message: (excerpt) =>
        `Ungkapan bermuatan "${excerpt}" memuji atau menyalahkan dalam suara penulis. Laporkan tindakan dan hasilnya secara netral, atau kutip penilaian itu dari narasumber yang disebut namanya.`,
    }),
}
