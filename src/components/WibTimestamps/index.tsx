'use client'

import { useDocumentInfo } from '@payloadcms/ui'

import { formatDateTime, formatShortDateTime } from '@/utilities/formatDateTime'

const validDate = (value: unknown): Date | null => {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/**
 * "Diubah" / "Dibuat" in the document header, in WIB with its zone, like every list cell
 * (src/components/WibDateCell). Payload's own header timestamps follow the browser's time zone and
 * print no zone (its date formatting lives in the admin's client bundle), so they are hidden in
 * custom.scss and this takes their place before the document's buttons.
 */
export function WibTimestamps() {
  const { data } = useDocumentInfo()
  const updated = validDate(data?.updatedAt)
  const created = validDate(data?.createdAt)
  if (!updated && !created) return null
  return (
    <dl className="wib-timestamps" data-testid="wib-timestamps">
      {updated && <Stamp label="Terakhir diubah" shortLabel="Diubah" date={updated} />}
      {created && <Stamp label="Dibuat" shortLabel="Dibuat" date={created} />}
    </dl>
  )
}

/** One timestamp; on a phone only the change, in one short line (custom.scss). */
function Stamp({ label, shortLabel, date }: { label: string; shortLabel: string; date: Date }) {
  return (
    <div className="wib-timestamps__item">
      <dt>{label}</dt>
      <dd>
        <time className="wib-timestamps__long" dateTime={date.toISOString()}>
          {formatDateTime(date)}
        </time>
        <time className="wib-timestamps__short" dateTime={date.toISOString()}>
          {shortLabel} {formatShortDateTime(date)}
        </time>
      </dd>
    </div>
  )
}
