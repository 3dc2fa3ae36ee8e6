'use client'

import { useSyncExternalStore } from 'react'

const noSubscription = () => () => {}

/** Shows the notice only in the browser, where the address actually typed is known. */
export function AdminAddressCheck({ allowedOrigins }: { allowedOrigins: string[] }) {
  // The server renders nothing (it cannot know the address typed); the browser fills it in.
  const here = useSyncExternalStore(
    noSubscription,
    () => window.location.href,
    () => null,
  )
  if (!here || allowedOrigins.length === 0) return null
  const url = new URL(here)
  if (allowedOrigins.includes(url.origin)) return null
  const target = `${allowedOrigins[0]}${url.pathname}${url.search}`
  return (
    <div className="warta-address-notice" role="alert">
      {/* The form would log in and then fail on every save: hide it at this address. */}
      <style>{'.login__form, .login .form-submit { display: none !important; }'}</style>
      <h2>Alamat ini tidak dapat dipakai untuk admin</h2>
      <p>
        Warta admin hanya dapat digunakan di alamat yang sudah didaftarkan. Silakan buka:{' '}
        <a href={target}>
          <strong>{target}</strong>
        </a>
      </p>
      {allowedOrigins.length > 1 && (
        <p>
          Alamat lain yang diizinkan:{' '}
          {allowedOrigins.slice(1).map((origin, index) => (
            <span key={origin}>
              {index > 0 ? ', ' : ''}
              <a href={`${origin}/admin`}>{origin}</a>
            </span>
          ))}
        </p>
      )}
      <p className="field-description">
        Pengelola server dapat menambahkan alamat ini ke ADMIN_ORIGINS (dipisahkan koma).
      </p>
    </div>
  )
}
