import { CopyLinkButton } from './CopyLinkButton.client'

/** Plain share links (no third-party scripts or trackers): WhatsApp, Facebook, X, copy link. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const u = encodeURIComponent(url)
  const text = encodeURIComponent(title)
  const links = [
    { label: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { label: 'X', href: `https://x.com/intent/post?url=${u}&text=${text}` },
  ]
  return (
    <section aria-labelledby="bagikan" className="share">
      <h2 id="bagikan">Bagikan</h2>
      {links.map((link) => (
        <a href={link.href} key={link.label} rel="noopener noreferrer" target="_blank">
          {link.label}
          <span className="visually-hidden"> (membuka jendela baru)</span>
        </a>
      ))}
      <CopyLinkButton url={url} />
    </section>
  )
}
