'use client'

import { useEffect, useMemo, useState } from 'react'

import { toRegistryEntry, type OfficialNameDoc } from '@/review/registry/toRegistryEntry'
import type { OfficialNameEntry, SpellChecker } from '@/review/types'

const MIN_WORD = 5

/** The official names registry, read live from the REST API when the form opens (staff may read it). */
export function useOfficialNames(): OfficialNameEntry[] | undefined {
  const [registry, setRegistry] = useState<OfficialNameEntry[]>()
  useEffect(() => {
    let cancelled = false
    fetch('/api/official-names?pagination=false&depth=0', { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : { docs: [] }))
      .then((data: { docs?: OfficialNameDoc[] }) => {
        if (!cancelled) setRegistry((data.docs ?? []).map(toRegistryEntry).filter((e) => e.name))
      })
      .catch(() => undefined)
    return () => {
      cancelled = true
    }
  }, [])
  return registry
}

/**
 * The typo rule's dictionary for the panel: the draft's lower-case words are sent to the server
 * (POST /api/official-names/check-words), which answers with the unknown ones and their closest
 * known word; the dictionary itself never reaches the browser. Words not yet checked count as
 * known. Null when the server has no dictionary.
 */
export function useServerSpellChecker(texts: string[]): SpellChecker | null {
  const [state, setState] = useState<{ dictionary: boolean; checked: Set<string>; unknown: Map<string, string | null> }>(() => ({
    dictionary: true,
    checked: new Set(),
    unknown: new Map(),
  }))
  const joined = texts.join('\n')
  useEffect(() => {
    if (!state.dictionary) return
    const words = [...new Set(joined.match(/\p{L}+/gu) ?? [])].filter((w) => w.length >= MIN_WORD).map((w) => w.toLowerCase())
    const fresh = [...new Set(words)].filter((w) => /^\p{Ll}+$/u.test(w) && !state.checked.has(w)).slice(0, 2000)
    if (fresh.length === 0) return
    let cancelled = false
    fetch('/api/official-names/check-words', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ words: fresh }),
    })
      .then((res) => (res.ok ? res.json() : null))
      .then((data: { dictionary?: boolean; unknown?: Record<string, string | null> } | null) => {
        if (cancelled || !data) return
        setState((previous) => ({
          dictionary: data.dictionary !== false,
          checked: new Set([...previous.checked, ...fresh]),
          unknown: new Map([...previous.unknown, ...Object.entries(data.unknown ?? {})]),
        }))
      })
      .catch(() => undefined)
    return () => {
      cancelled = true
    }
  }, [joined, state])
  return useMemo(
    () =>
      state.dictionary && state.checked.size > 0
        ? { isWord: (word: string) => !state.unknown.has(word), suggest: (word: string) => state.unknown.get(word) ?? null }
        : null,
    [state],
  )
}
