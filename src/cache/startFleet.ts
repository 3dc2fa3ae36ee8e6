import { createClient } from '@redis/client'
import { randomUUID } from 'node:crypto'
import os from 'node:os'

import type { Fleet, FleetChange } from './fleetRegistry'

import { registerFleet } from './fleetRegistry'
import { createRedisNextCache } from './redisNextCache'

type Options = {
  url: string
  /** Key and channel prefix, so several sites can share one Redis. */
  prefix?: string
  /** Web instances apply other instances' changes to their own caches; workers only announce. */
  onChange?: (change: FleetChange) => void
  /** How long an announcement waits for every instance to acknowledge it. */
  ackTimeoutMs?: number
  log: { info: (msg: string) => void; warn: (msg: string) => void }
}

type Message = FleetChange & { id: string; from: string }

/**
 * Connects this process to the fleet's Redis: one client for commands, one for pub/sub. A change
 * (publish, correction, retraction, settings) expires its tags in Redis, then is published on
 * `<prefix>changes`; every web instance applies it (retraction state, micro-cache purge) and
 * acknowledges on `<prefix>acks`. `announce` resolves when all subscribers that received the
 * message acknowledged it, so the request that made the change answers only after every
 * instance has forgotten the old page.
 */
export async function startFleet(options: Options): Promise<Fleet & { close: () => Promise<void> }> {
  const prefix = options.prefix ?? 'warta:'
  const instance = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`
  const changesChannel = `${prefix}changes`
  const acksChannel = `${prefix}acks`
  const ackTimeoutMs = options.ackTimeoutMs ?? 1000
  const waiting = new Map<string, { needed: number; got: number; done: () => void }>()

  const client = createClient({ url: options.url })
  const subscriber = client.duplicate()
  let lastError = ''
  for (const [name, c] of [['commands', client], ['pubsub', subscriber]] as const) {
    c.on('error', (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error)
      if (message !== lastError) options.log.warn(`[fleet] redis ${name} connection: ${message}`)
      lastError = message
    })
    c.on('ready', () => {
      if (lastError) options.log.info(`[fleet] redis ${name} connection restored`)
      lastError = ''
    })
  }
  await Promise.all([client.connect(), subscriber.connect()])

  await subscriber.subscribe(acksChannel, (id) => {
    const waiter = waiting.get(id)
    if (waiter && ++waiter.got >= waiter.needed) waiter.done()
  })
  const onChange = options.onChange
  if (onChange) {
    await subscriber.subscribe(changesChannel, (raw) => {
      let message: Message
      try {
        message = JSON.parse(raw) as Message
      } catch {
        return
      }
      // Our own announcements were applied locally before being published.
      if (message.from !== instance) onChange(message)
      void client.publish(acksChannel, message.id).catch(() => undefined)
    })
  }

  const nextCache = createRedisNextCache(client, { prefix })
  const lastRunKey = `${prefix}jobs:last-run`

  const fleet: Fleet & { close: () => Promise<void> } = {
    instance,
    nextCache,
    async announce(change) {
      if (change.tags.length) await nextCache.revalidateTag(change.tags, { expire: 0 })
      const message: Message = { ...change, id: randomUUID(), from: instance }
      let timer: NodeJS.Timeout | undefined
      const acknowledged = new Promise<boolean>((resolve) => {
        waiting.set(message.id, { needed: Infinity, got: 0, done: () => resolve(true) })
        timer = setTimeout(() => resolve(false), ackTimeoutMs)
      })
      const receivers = await client.publish(changesChannel, JSON.stringify(message))
      const waiter = waiting.get(message.id)
      if (waiter) {
        waiter.needed = receivers
        if (waiter.got >= receivers) waiter.done()
      }
      const complete = await acknowledged
      clearTimeout(timer)
      waiting.delete(message.id)
      if (!complete) options.log.warn(`[fleet] change ${message.id} not acknowledged by every instance within ${ackTimeoutMs} ms`)
    },
    async ping() {
      await client.ping()
    },
    async recordJobRun(at) {
      await client.set(lastRunKey, at.toISOString())
    },
    async lastJobRun() {
      const value = await client.get(lastRunKey)
      return typeof value === 'string' ? new Date(value) : null
    },
    async close() {
      registerFleet(null)
      await Promise.allSettled([subscriber.close(), client.close()])
    },
  }
  registerFleet(fleet)
  options.log.info(`[fleet] connected to redis as ${instance}${onChange ? '' : ' (announce only)'}`)
  return fleet
}
