/** Longest comment, note or reason a transition accepts (the audit entry stores it whole). */
export const MAX_TRANSITION_TEXT = 5000

const TEXT_FIELDS = { comment: 'Komentar', note: 'Catatan koreksi', reason: 'Alasan', publishAt: 'Waktu terbit' } as const

/**
 * Checks every optional field of a transition request before anything is written, so a refused
 * request leaves no trace (issue 9, finding 1). Returns the Indonesian reasons (empty: valid).
 */
export const invalidTransitionInput = (body: Record<string, unknown>): string[] =>
  Object.entries(TEXT_FIELDS).flatMap(([field, label]) => {
    const value = body[field]
    if (value === undefined || value === null) return []
    if (typeof value !== 'string') return [`${label} harus berupa teks.`]
    const max = field === 'publishAt' ? 64 : MAX_TRANSITION_TEXT
    return value.length > max ? [`${label} terlalu panjang (${value.length} karakter); batasnya ${max} karakter.`] : []
  })
