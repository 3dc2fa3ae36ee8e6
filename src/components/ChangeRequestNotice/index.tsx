import type { UIFieldServerProps } from 'payload'

import type { News } from '@/payload-types'

import { formatDateTime } from '@/utilities/formatDateTime'

import { openChangeRequests } from './openChangeRequest'

import './changeRequest.css'

/**
 * Top of the news form: the verifier's change request the writer still has to answer (who,
 * when, what), until the item is submitted again.
 */
export const ChangeRequestNotice = async ({ data, id, payload, req }: UIFieldServerProps) => {
  const item = data as Partial<News>
  if (!id || (item.workflowState ?? 'draft') !== 'draft') return null
  const request = (await openChangeRequests(payload, [id], req)).get(String(id))
  if (!request) return null
  return (
    <section aria-labelledby="warta-change-request-heading" className="warta-change-request" role="note">
      <h3 id="warta-change-request-heading">Verifikator meminta perubahan</h3>
      <p className="warta-change-request__meta">
        {request.by} · {formatDateTime(request.at)}
      </p>
      <blockquote>{request.comment}</blockquote>
      <p className="warta-change-request__next">Setelah memperbaiki, simpan lalu pilih “Ajukan untuk ditinjau”.</p>
    </section>
  )
}
