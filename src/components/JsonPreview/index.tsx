'use client'

import type { JSONFieldClientProps } from 'payload'

import { useField } from '@payloadcms/ui'

/**
 * Read-only view of a system-written JSON field. Payload's JSON editor (Monaco) loads its code
 * from a CDN and shows a shimmer until then; staff only need to read these values.
 */
export function JsonPreview({ field, path }: JSONFieldClientProps) {
  const { value } = useField<unknown>({ path: path ?? field.name })
  const label = typeof field.label === 'string' ? field.label : field.name
  const empty = value === null || value === undefined || (typeof value === 'object' && Object.keys(value as object).length === 0)
  return (
    <div className="field-type json-preview" style={{ marginBottom: 'var(--base)' }}>
      <p className="field-label" style={{ margin: '0 0 0.25rem' }}>
        {label}
      </p>
      {empty ? (
        <p className="field-description">Kosong.</p>
      ) : (
        <pre
          style={{
            margin: 0,
            padding: '0.5rem 0.75rem',
            maxHeight: '20rem',
            overflow: 'auto',
            whiteSpace: 'pre-wrap',
            wordBreak: 'break-word',
            background: 'var(--theme-elevation-50)',
            border: '1px solid var(--theme-elevation-150)',
            borderRadius: 'var(--style-radius-s)',
            fontSize: '0.85rem',
          }}
          tabIndex={0}
        >
          {JSON.stringify(value, null, 2)}
        </pre>
      )}
    </div>
  )
}
