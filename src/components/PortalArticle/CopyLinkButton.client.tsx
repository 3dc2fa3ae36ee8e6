'use client'

import { useState } from 'react'

/** "Salin tautan": copies the article URL (first-party, no third-party script); says so for screen readers. */
export function CopyLinkButton({ url }: { url: string }) {
  const [copied, setCopied] = useState<'failed' | 'idle' | 'ok'>('idle')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url)
      setCopied('ok')
    } catch {
      setCopied('failed')
    }
  }
  return (
    <>
      <button data-url={url} onClick={() => void copy()} type="button">
        Salin tautan
      </button>
      <span aria-live="polite" className="meta">
        {copied === 'ok' ? 'Tautan disalin.' : copied === 'failed' ? `Salin manual: ${url}` : ''}
      </span>
    </>
  )
}
