import type { AfterErrorHookArgs, PayloadRequest } from 'payload'

import { APIError, Forbidden } from 'payload'
import { describe, expect, it } from 'vitest'

import { indonesianErrors } from '@/security/indonesianErrors'

const req = (url: string) =>
  ({ url, payload: { config: { globals: [{ slug: 'channels' }, { slug: 'site' }] } } }) as unknown as PayloadRequest

const run = (error: Error, url = 'http://localhost/api/news', message = 'Something went wrong.', collection?: unknown) =>
  indonesianErrors({
    error,
    req: req(url),
    context: {},
    collection: collection as AfterErrorHookArgs['collection'],
    result: { errors: [{ message }] },
  } as AfterErrorHookArgs) as { status: number; response: { errors: { message: string }[] } }

describe('Indonesian error answers', () => {
  it('restores the message of a refusal that production hid behind the generic text', () => {
    const error = new APIError('Status alur kerja hanya dapat diubah melalui tombol alur kerja.', 403, undefined, true)
    const answer = run(error, undefined, 'An unknown error occurred.')
    expect(answer.status).toBe(403)
    expect(answer.response.errors[0]!.message).toBe('Status alur kerja hanya dapat diubah melalui tombol alur kerja.')
  })

  it("translates Payload's English refusals", () => {
    const answer = run(new Forbidden(), undefined, 'You are not allowed to perform this action.')
    expect(answer.response.errors[0]!.message).toBe('Anda tidak diizinkan melakukan tindakan ini.')
    expect(run(new APIError('x', 400), undefined, 'The following path cannot be queried: lead').response.errors[0]!.message).toBe(
      'Kolom berikut tidak dapat dipakai dalam kueri: lead.',
    )
  })

  it('turns client-caused 500s into 4xx and hides real 500s behind an Indonesian sentence', () => {
    expect(run(new SyntaxError('Unexpected token')).status).toBe(400)
    expect(run(new TypeError("Cannot read properties of undefined (reading 'id')"), 'http://localhost/api/globals/channels/versions').status).toBe(404)
    expect(run(new TypeError('x'), 'http://localhost/api/audit-log/versions', undefined, { slug: 'audit-log', versions: false }).status).toBe(404)
    const internal = run(new Error('SQLITE_BUSY: database is locked at /srv/warta/data.db'))
    expect(internal.status).toBe(500)
    expect(internal.response.errors[0]!.message).toBe('Terjadi kesalahan pada server. Silakan coba lagi.')
  })
})
