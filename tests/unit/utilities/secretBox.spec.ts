import { randomBytes } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { maskSecret } from '@/utilities/maskSecret'
import { secretBox } from '@/utilities/secretBox'

describe('secretBox', () => {
  const key = randomBytes(32)

  it('round-trips with a base64 or hex key, in the v1 format, with a fresh IV each time', () => {
    for (const secretKey of [key.toString('base64'), key.toString('hex')]) {
      const box = secretBox({ secretKey })
      const sealed = box.encrypt('EAAG-token-ÿ')
      expect(sealed).toMatch(/^v1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/)
      expect(box.isSealed(sealed)).toBe(true)
      expect(box.decrypt(sealed)).toBe('EAAG-token-ÿ')
      expect(box.encrypt('same')).not.toBe(box.encrypt('same'))
    }
  })

  it('detects tampering, a wrong key and a wrong field binding', () => {
    const box = secretBox({ secretKey: key.toString('base64') })
    const sealed = box.encrypt('rahasia', 'instagram.accessToken')
    const [v, iv, tag, data] = sealed.split(':')
    const flipped = Buffer.from(data, 'base64')
    flipped[0] ^= 1
    expect(() => box.decrypt([v, iv, tag, flipped.toString('base64')].join(':'), 'instagram.accessToken')).toThrow(
      /tampered/,
    )
    expect(() => box.decrypt(sealed, 'youtube.refreshToken')).toThrow(/cannot decrypt/)
    expect(() =>
      secretBox({ secretKey: randomBytes(32).toString('base64') }).decrypt(sealed, 'instagram.accessToken'),
    ).toThrow()
    expect(() => box.decrypt('plain-text')).toThrow(/not a v1/)
    expect(box.isSealed('plain-text')).toBe(false)
  })

  it('rejects keys that are not 32 bytes and requires a key', () => {
    expect(() => secretBox({ secretKey: randomBytes(16).toString('base64') })).toThrow(/32 bytes/)
    expect(() => secretBox({})).toThrow(/WARTA_SECRET_KEY/)
    const hexKey = randomBytes(32).toString('hex')
    expect(secretBox({ secretKey: hexKey }).decrypt(secretBox({ secretKey: hexKey }).encrypt('x'))).toBe('x')
  })
})

describe('maskSecret', () => {
  it('shows only the last four characters of long secrets', () => {
    expect(maskSecret('EAAGabcdefgh1234')).toBe('••••1234')
    expect(maskSecret('short')).toBe('••••')
    expect(maskSecret('')).toBe('')
    expect(maskSecret(null)).toBe('')
  })
})
