import { describe, expect, it } from 'vitest'

import { startFakePlatforms } from '../../fakes'

describe('startFakePlatforms', () => {
  it('starts every fake on an ephemeral 127.0.0.1 port and stops them', async () => {
    const fakes = await startFakePlatforms()
    const urls = Object.values(fakes.urls)
    expect(new Set(urls.map((u) => new URL(u).port)).size).toBe(4)
    for (const url of urls) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+/)
    const token = await fetch(fakes.urls.youtubeTokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        ...{
          refresh_token: fakes.credentials.youtube.refreshToken,
          client_id: fakes.credentials.youtube.clientId,
          client_secret: fakes.credentials.youtube.clientSecret,
        },
      }),
    })
    expect(token.status).toBe(200)
    await fakes.stop()
    await expect(fetch(fakes.urls.portal)).rejects.toThrow()
  })
})
