'use client'

import type { DefaultCellComponentProps } from 'payload'

import { formatDateTime } from '@/utilities/formatDateTime'

/**
 * List cell for every date column: "Rabu, 2 Desember 2026 08.00 WIB", always in Jakarta time.
 * Payload's own date cell follows the browser's time zone and prints no zone, so the same row
 * read in Makassar or on a UTC laptop showed another hour with nothing to say so.
 */
export function WibDateCell({ cellData }: DefaultCellComponentProps) {
  if (typeof cellData !== 'string' && !(cellData instanceof Date)) return <span>—</span>
  const date = new Date(cellData)
  if (Number.isNaN(date.getTime())) return <span>—</span>
  return <time dateTime={date.toISOString()}>{formatDateTime(date)}</time>
}
