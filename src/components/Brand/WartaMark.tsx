/** Warta's mark: a folded newspaper page in the admin's accent colour (inline SVG, no request). */
export function WartaMark({ size = 32 }: { size?: number }) {
  return (
    <svg aria-hidden="true" focusable="false" height={size} viewBox="0 0 32 32" width={size}>
      <rect fill="#0b5cad" height="32" rx="7" width="32" />
      <path d="M8 9h12v15H10a2 2 0 0 1-2-2z" fill="#fff" />
      <path d="M20 13h4v9a2 2 0 0 1-4 0z" fill="#cfe3f7" />
      <path d="M10.5 12h7M10.5 15h7M10.5 18h7M10.5 21h4.5" stroke="#0b5cad" strokeLinecap="round" strokeWidth="1.4" />
    </svg>
  )
}
