import type { QueueCard } from './workQueue'

import { formatAge } from '@/i18n/formatAge'
import { formatDateTime } from '@/utilities/formatDateTime'

/** One work-queue card: title with count, up to five rows, and a link to the filtered list. */
export function QueueCardView({ card, now }: { card: QueueCard; now: Date }) {
  const headingId = `antrean-${card.id}`
  return (
    <section aria-labelledby={headingId} className={`warta-queue warta-queue--${card.tone ?? 'normal'}`} data-queue={card.id}>
      <header className="warta-queue__head">
        <h3 id={headingId}>{card.title}</h3>
        <span aria-label={`${card.count} berita`} className="warta-queue__count" data-testid={`count-${card.id}`}>
          {card.count}
        </span>
      </header>
      {card.rows.length === 0 ? (
        <p className="warta-queue__empty">{card.empty}</p>
      ) : (
        <ul className="warta-queue__rows">
          {card.rows.map((row) => (
            <li key={row.id}>
              <a href={row.href}>{row.title}</a>
              <span className="warta-queue__meta">
                {[
                  ...row.meta,
                  row.at ? (card.timeKind === 'age' ? `${formatAge(row.at, now)} lalu` : formatDateTime(row.at)) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              {row.note ? <span className="warta-queue__note">“{row.note}”</span> : null}
            </li>
          ))}
        </ul>
      )}
      {card.href && card.count > 0 ? (
        <a className="warta-queue__all" href={card.href}>
          Lihat semua ({card.count})
        </a>
      ) : null}
    </section>
  )
}
