// Builds the items the suite attacks through the public API, as the desk would: a writer drafts
// and submits, the verifier ticks the checklist, acknowledges findings if any, approves, publishes.
import { expect } from '@playwright/test'

import type { Api } from './harness'

import { plainTextToLexical } from '../../src/utilities/plainTextToLexical'

export { plainTextToLexical }

export const FULL_CHECKLIST = { names: true, titles: true, dates: true, numbers: true, quotes: true, sources: true }

export type NewsDoc = { id: number | string; slug?: string; title: string; workflowState?: string; unit?: unknown; category?: unknown }

export const unitOf = async (api: Api): Promise<number | string> => {
  const me = await api.get('/api/users/me?depth=0')
  const units = me.json?.user?.units as (number | string)[] | undefined
  expect(units?.length, 'writer has a unit').toBeTruthy()
  return units![0]!
}

export const createDraft = async (writer: Api, data: Record<string, unknown>): Promise<NewsDoc> => {
  const unit = data.unit ?? (await unitOf(writer))
  const created = await writer.post('/api/news?draft=true', {
    lead: 'Pemerintah kota menyampaikan informasi layanan publik terbaru kepada warga.',
    body: plainTextToLexical('Informasi ini disampaikan oleh Dinas Komunikasi dan Informatika kota.'),
    visibility: 'public',
    ...data,
    unit,
  })
  expect(created.status, created.text.slice(0, 400)).toBe(201)
  return created.json.doc as NewsDoc
}

export const transition = (api: Api, id: number | string, action: string, extra: Record<string, unknown> = {}) =>
  api.post(`/api/news/${id}/transition`, { action, ...extra })

/** Submit → checklist → (acknowledge findings) → approve, by the real endpoints. */
export const approve = async (writer: Api, verifier: Api, id: number | string): Promise<void> => {
  const submitted = await transition(writer, id, 'submit')
  expect(submitted.status, submitted.text.slice(0, 400)).toBe(200)
  const ticked = await verifier.patch(`/api/news/${id}?draft=true`, { checklist: FULL_CHECKLIST })
  expect(ticked.status, ticked.text.slice(0, 400)).toBe(200)
  let approved = await transition(verifier, id, 'approve')
  if (approved.status !== 200) {
    // The review assistant flagged something: the verifier acknowledges each finding with a reason.
    const item = await verifier.get(`/api/news/${id}?draft=true&depth=0`)
    const findings = (item.json?.reviewFindings ?? []) as { key: string }[]
    const acknowledged = await verifier.patch(`/api/news/${id}?draft=true`, {
      reviewAcknowledgements: findings.map(({ key }) => ({ key, reason: 'Diperiksa verifikator: uji keamanan.' })),
    })
    expect(acknowledged.status, acknowledged.text.slice(0, 400)).toBe(200)
    approved = await transition(verifier, id, 'approve')
  }
  expect(approved.status, approved.text.slice(0, 600)).toBe(200)
}

export const publishNews = async (writer: Api, verifier: Api, data: Record<string, unknown>): Promise<NewsDoc> => {
  const draft = await createDraft(writer, data)
  await approve(writer, verifier, draft.id)
  const published = await transition(verifier, draft.id, 'publish')
  expect(published.status, published.text.slice(0, 400)).toBe(200)
  const live = await verifier.get(`/api/news/${draft.id}?depth=0`)
  return live.json as NewsDoc
}
