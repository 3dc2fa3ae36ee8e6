import { WartaMark } from './WartaMark'

/** Navigation icon (top-left of the admin): Warta's mark. */
export function Icon() {
  return (
    <span className="warta-icon" data-testid="warta-icon" title="Warta">
      <WartaMark size={28} />
      <span className="visually-hidden">Warta</span>
    </span>
  )
}
