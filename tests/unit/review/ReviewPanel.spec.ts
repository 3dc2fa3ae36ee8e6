import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'

import { findingKey } from '@/review/findingKey'

// A fake Payload form: useFormFields runs the selector over these field states.
const fields: Record<string, { value: unknown }> = {}
const addFieldRow = vi.fn()
vi.mock('@payloadcms/ui', () => ({
  useFormFields: (selector: (context: [typeof fields]) => unknown) => selector([fields]),
  useForm: () => ({ addFieldRow }),
}))

const { ReviewPanel } = await import('@/components/ReviewPanel/ReviewPanel.client')

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] })

describe('ReviewPanel', () => {
  it('lists findings of the live form values grouped by severity, with acknowledgements', () => {
    Object.assign(fields, {
      title: { value: 'Pasar Termegah Dibuka' },
      lead: { value: 'Pasar dibuka pada Selasa (30/5/2022).' },
      body: { value: { root: { children: [paragraph('Warga datang ke pasar.')] } } },
      publishedAt: { value: '2022-05-31T03:00:00.000Z' },
    })
    let html = renderToStaticMarkup(createElement(ReviewPanel, {}))
    expect(html).toContain('1 galat, 1 peringatan')
    expect(html).toContain('Galat — menghalangi persetujuan')
    expect(html).toContain('Peringatan')
    expect(html).toContain('Termegah')
    expect(html).toContain('Selasa (30/5/2022)')
    expect(html).toContain('1 galat belum diperbaiki atau dikonfirmasi')
    expect(html).toContain('Konfirmasi dengan alasan')

    const key = findingKey({ rule: 'weekday-date', field: 'lead', excerpt: 'Selasa (30/5/2022)' })
    Object.assign(fields, {
      'reviewAcknowledgements.0.key': { value: key },
      'reviewAcknowledgements.0.reason': { value: 'Sesuai undangan resmi panitia.' },
    })
    html = renderToStaticMarkup(createElement(ReviewPanel, {}))
    expect(html).toContain('Dikonfirmasi: Sesuai undangan resmi panitia.')
    expect(html).not.toContain('belum diperbaiki atau dikonfirmasi')
  })
})
