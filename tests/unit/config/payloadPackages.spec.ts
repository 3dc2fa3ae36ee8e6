import fs from 'node:fs'
import { describe, expect, it } from 'vitest'

type LockPackage = { version?: string; link?: boolean }
const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockPackage> }

/** Every installed copy of a package in the lock file, as `path → version`. */
const copies = (name: string): Record<string, string> =>
  Object.fromEntries(
    Object.entries(lock.packages)
      .filter(([location, entry]) => (location === `node_modules/${name}` || location.endsWith(`/node_modules/${name}`)) && !entry.link)
      .map(([location, entry]) => [location, entry.version ?? '?']),
  )

/**
 * Stands in for Payload's own dependency checker, which payload.config.ts switches off
 * (PAYLOAD_DISABLE_DEPENDENCY_CHECKER): the registry has @payloadcms/storage-s3 and
 * plugin-cloud-storage only at 3.90.1, and the checker rejects any version differing from
 * payload's even when `overrides` make them share this project's single payload and UI copy.
 * What matters at run time is checked here: one copy of payload and of each @payloadcms/* package,
 * the core packages at payload's version, one React.
 */
describe('Payload packages resolve to one copy each', () => {
  const payloadVersion = copies('payload')['node_modules/payload']

  it('has exactly one payload and one @payloadcms/ui, at the same version', () => {
    expect(copies('payload')).toEqual({ 'node_modules/payload': payloadVersion })
    expect(copies('@payloadcms/ui')).toEqual({ 'node_modules/@payloadcms/ui': payloadVersion })
  })

  it('installs every @payloadcms/* package once; all but the storage adapters at payload’s version', () => {
    const names = new Set(
      Object.keys(lock.packages)
        .map((location) => /(?:^|\/)node_modules\/(@payloadcms\/[^/]+)$/.exec(location)?.[1])
        .filter((name): name is string => Boolean(name)),
    )
    expect(names.size).toBeGreaterThan(5)
    const lagging = new Set(['@payloadcms/storage-s3', '@payloadcms/plugin-cloud-storage'])
    for (const name of names) {
      const found = Object.values(copies(name))
      expect(found, name).toHaveLength(1)
      if (!lagging.has(name)) expect(found[0], name).toBe(payloadVersion)
    }
  })

  it('has one react and one react-dom, at the same version', () => {
    const react = Object.values(copies('react'))
    expect(react).toHaveLength(1)
    expect(Object.values(copies('react-dom'))).toEqual(react)
  })

  it('the storage adapters peer on payload only through the override', () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { overrides: Record<string, Record<string, string>> }
    expect(pkg.overrides['@payloadcms/storage-s3']).toEqual({ payload: '$payload' })
    expect(pkg.overrides['@payloadcms/plugin-cloud-storage']).toEqual({ payload: '$payload', '@payloadcms/ui': '$@payloadcms/ui' })
  })
})
