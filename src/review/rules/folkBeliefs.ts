/**
 * Round 21: a belief a custom is about ("Warga percaya hasil bumi dari gunungan membawa berkah",
 * "Penduduk yakin air sendang itu membawa keberuntungan") reports what a tradition holds, not the
 * writer's claim about how a group feels: belief words followed, in the same sentence, by a blessing,
 * luck, misfortune or the ancestors a rite is about.
 */
const BELIEF_END = /(?<![\p{L}])(?:percaya|yakin|meyakini|mempercayai)$/iu
const TRADITION = /(?<![\p{L}])(?:berkah|berkahnya|barokah|tuah|keberuntungan|beruntung|rezeki|rejeki|tolak\s+bala|bala|sial|kesialan|malapetaka|keselamatan|kesuburan|awet\s+muda|enteng\s+jodoh|leluhur|arwah|roh|danyang|penunggu|keramat|bertuah|mitos|pamali|pantangan|turun-temurun)(?![\p{L}])/iu

/** True when a generalisation match ending in a belief word is followed by what a custom believes. */
export function reportsFolkBelief(text: string, match: string, end: number): boolean {
  if (!BELIEF_END.test(match)) return false
  const rest = text.slice(end, end + 160).split(/[.!?\n]/)[0]
  return TRADITION.test(rest)
}
