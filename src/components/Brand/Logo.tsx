import { WartaMark } from './WartaMark'

/** Login and account screens: Warta's mark and name instead of Payload's logo. */
export function Logo() {
  return (
    <div className="warta-logo" data-testid="warta-logo">
      <WartaMark size={48} />
      <div>
        <div className="warta-logo__name">Warta</div>
        <div className="warta-logo__tagline">Ruang redaksi humas pemerintah kota</div>
      </div>
    </div>
  )
}
