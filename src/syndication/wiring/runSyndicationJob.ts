import type { Payload, PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'

import type { News, Syndication } from '@/payload-types'

import type { Checkpoint, ChannelId, SyndicationOperation, SyndicationResult } from '../types'

import { SyndicationError } from '../errors'
import { createAdapterRegistry } from '../registry'
import { runSyndicationStep } from '../runSyndicationStep'
import { toSyndicationItem, type NewsLike } from '../toSyndicationItem'
import { withChannelSlot } from './channelLimiter'
import { isDeadTokenCode, recordTokenProblem, TOKEN_ACTION_PREFIX, tokenBlockReason } from './channelTokens'
import { loadChannelSettings } from './loadChannelSettings'
import { withActiveClaim } from './activeClaims'
import { claimSyndication, updateOwnedSyndication } from './records'
import { DEFAULT_CONCURRENCY, syndicationRuntime } from './runtime'
import { publicOrigin, syndicationDeps } from './syndicationDeps'

export type SyndicationJobResult =
  | 'not-claimed'
  | 'succeeded'
  | 'waiting'
  | 'retry-later'
  | 'failed'
  | 'skipped'
  | 'claim-lost'

/** Thrown to make the task's `retries` (exponential backoff) take over. */
export class RetrySyndication extends Error {}

const idOf = (value: unknown): number | string =>
  (typeof value === 'object' && value !== null && 'id' in value ? (value as { id: number | string }).id : value) as number | string

async function previousResult(payload: Payload, record: Syndication): Promise<SyndicationResult | undefined> {
  const { docs } = await payload.find({
    collection: 'syndications',
    where: {
      and: [
        { news: { equals: idOf(record.news) } },
        { channel: { equals: record.channel } },
        { state: { equals: 'succeeded' } },
        { remoteId: { exists: true } },
        { id: { not_equals: record.id } },
      ],
    },
    sort: '-finishedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const last = docs[0] as Syndication | undefined
  if (!last?.remoteId) return undefined
  return { externalId: last.remoteId, url: last.permalink ?? undefined, syndicatedAt: last.finishedAt ?? last.updatedAt }
}

async function loadItem(payload: Payload, record: Syndication) {
  const version = await payload.findVersionByID({
    collection: 'news',
    id: record.version,
    depth: 1,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!version) return null
  const site = await payload.findGlobal({ slug: 'site', depth: 0, overrideAccess: true })
  const news = { ...(version.version as unknown as News), id: idOf(version.parent) } as unknown as NewsLike
  return toSyndicationItem(news, {
    siteUrl: (site as { baseUrl?: null | string }).baseUrl || publicOrigin(payload),
    versionId: String(record.version),
  })
}

/**
 * The body of the `syndicate` task (docs/syndication.md §2): claim the record, build the adapter
 * from the decrypted `channels` global, run one step, persist every checkpoint at once and map
 * the outcome onto the record. Returns normally except for retryable errors without a server
 * hint (RetrySyndication), which the task's `retries` back off.
 */
export async function runSyndicationJob(
  payload: Payload,
  syndicationId: number | string,
  options: { req?: PayloadRequest; now?: () => number } = {},
): Promise<SyndicationJobResult> {
  const token = randomUUID()
  return withActiveClaim(token, () => runClaimedSyndication(payload, syndicationId, token, options))
}

async function runClaimedSyndication(
  payload: Payload,
  syndicationId: number | string,
  token: string,
  options: { req?: PayloadRequest; now?: () => number },
): Promise<SyndicationJobResult> {
  const now = options.now ?? Date.now
  const runtime = syndicationRuntime()
  const record = await claimSyndication(payload, syndicationId, { token, now: new Date(now()), leaseMs: runtime.leaseMs })
  if (!record) return 'not-claimed'
  const channel = record.channel as ChannelId
  const operation = (record.operation ?? 'publish') as SyndicationOperation
  const logPrefix = `[syndication] [${channel}] record ${record.id} (${operation}, news ${idOf(record.news)})`
  const own = (data: Partial<Syndication>) => updateOwnedSyndication(payload, record.id, token, data)

  const settled = async (data: Partial<Syndication>, result: SyndicationJobResult): Promise<SyndicationJobResult> =>
    (await own({ ...data, claimToken: null, leaseUntil: data.leaseUntil ?? null })) ? result : 'claim-lost'

  try {
    const settings = await loadChannelSettings(payload)
    const registry = createAdapterRegistry(settings, syndicationDeps(payload))
    const adapter = registry.get(channel)
    if (!adapter) {
      return settled(
        { state: 'skipped', needsManualAction: true, manualActionReason: 'Kanal ini tidak aktif di pengaturan kanal distribusi.', finishedAt: new Date(now()).toISOString() },
        'skipped',
      )
    }
    // An expired or revoked token: no remote call, the record waits for an admin (issue 13 #2).
    const blocked = tokenBlockReason(settings, channel, now())
    if (blocked) {
      return settled(
        { state: 'failed', needsManualAction: true, manualActionReason: blocked, lastError: blocked, finishedAt: new Date(now()).toISOString() },
        'failed',
      )
    }
    const item = await loadItem(payload, record)
    if (!item) {
      return settled({ state: 'failed', lastError: 'Versi berita untuk distribusi ini tidak ditemukan.', finishedAt: new Date(now()).toISOString() }, 'failed')
    }
    const limit = Number(settings[channel]?.concurrency) || DEFAULT_CONCURRENCY[channel]
    const outcome = await withChannelSlot(channel, limit, async () =>
      runSyndicationStep({
        adapter,
        operation,
        item,
        checkpoint: (record.checkpoint as Checkpoint | null) ?? null,
        ctx: {
          logger: {
            info: (msg) => payload.logger.info(msg),
            warn: (msg) => payload.logger.warn(msg),
            error: (msg) => payload.logger.error(msg),
          },
          now,
          previous: operation === 'publish' ? undefined : await previousResult(payload, record),
          saveCheckpoint: async (checkpoint) => {
            const saved = await own({ checkpoint, leaseUntil: new Date(now() + runtime.leaseMs).toISOString() })
            if (!saved) throw new SyndicationError(channel, 'claim lost while saving a checkpoint', { code: 'claim-lost', retryable: false })
          },
        },
      }),
    )
    const at = new Date(now()).toISOString()
    switch (outcome.kind) {
      case 'done': {
        const { result } = outcome
        if (result.warnings?.length) payload.logger.warn(`${logPrefix}: ${result.warnings.join(' ')}`)
        return settled(
          {
            state: 'succeeded',
            remoteId: result.externalId,
            permalink: result.url ?? null,
            sent: result.sent ?? null,
            lastError: result.warnings?.length ? result.warnings.join(' ') : null,
            needsManualAction: false,
            nextAttemptAt: null,
            finishedAt: at,
          },
          'succeeded',
        )
      }
      case 'wait': {
        const delay = Math.min(outcome.delayMs, runtime.maxDelayMs)
        const nextAttemptAt = new Date(now() + delay)
        // Stays `running`: the lease ends when the next attempt is due, so the re-queued job claims it.
        const saved = await own({
          checkpoint: outcome.checkpoint,
          nextAttemptAt: nextAttemptAt.toISOString(),
          leaseUntil: nextAttemptAt.toISOString(),
          claimToken: null,
        })
        if (!saved) return 'claim-lost'
        payload.logger.info(`${logPrefix}: waiting ${delay} ms (${outcome.reason})`)
        await payload.jobs.queue({ task: 'syndicate', input: { syndicationId: String(record.id) }, waitUntil: nextAttemptAt })
        return 'waiting'
      }
      case 'invalid':
        return settled({ state: 'failed', lastError: outcome.problems.join(' '), finishedAt: at }, 'failed')
      case 'manual':
        return settled(
          { state: 'skipped', needsManualAction: true, manualActionReason: outcome.reason, finishedAt: at },
          'skipped',
        )
    }
  } catch (error) {
    const failure =
      error instanceof SyndicationError
        ? error
        : new SyndicationError(channel, `job error: ${error instanceof Error ? error.message : String(error)}`, {
            cause: error,
            retryable: true,
            code: 'job',
          })
    if (failure.code === 'claim-lost') return 'claim-lost'
    const attempts = (record.attempts ?? 0) + 1
    if (isDeadTokenCode(failure.code) && channel !== 'portal') {
      // The whole channel waits for a new token; admins are warned once, not per record.
      await recordTokenProblem(payload, channel, failure.userMessage, now()).catch((error: unknown) =>
        payload.logger.error(`${logPrefix}: cannot record the token problem: ${String(error)}`),
      )
      const reason = `${TOKEN_ACTION_PREFIX} ${failure.userMessage}`
      return settled(
        { state: 'failed', attempts, needsManualAction: true, manualActionReason: reason, lastError: reason, finishedAt: new Date(now()).toISOString() },
        'failed',
      )
    }
    // One line per attempt (h12a): WARN while a retry follows, ERROR when the record fails for good.
    const final = !failure.retryable || attempts >= runtime.maxAttempts
    const line = `${logPrefix}: ${failure.message} (code ${failure.code ?? '-'}, attempt ${attempts}${final ? ', failed for good' : ''})`
    if (final) payload.logger.error(line)
    else payload.logger.warn(line)
    if (final) {
      const lastError = failure.retryable
        ? `${failure.userMessage} Sudah dicoba ${attempts} kali; gunakan tombol "Coba lagi".`
        : failure.userMessage
      return settled({ state: 'failed', attempts, lastError, finishedAt: new Date(now()).toISOString() }, 'failed')
    }
    if (failure.retryAfterMs !== undefined) {
      const delay = Math.min(failure.retryAfterMs, runtime.maxDelayMs)
      const nextAttemptAt = new Date(now() + delay)
      const saved = await own({ state: 'queued', attempts, lastError: failure.userMessage, nextAttemptAt: nextAttemptAt.toISOString(), claimToken: null, leaseUntil: null })
      if (!saved) return 'claim-lost'
      await payload.jobs.queue({ task: 'syndicate', input: { syndicationId: String(record.id) }, waitUntil: nextAttemptAt })
      return 'retry-later'
    }
    const saved = await own({ state: 'queued', attempts, lastError: failure.userMessage, claimToken: null, leaseUntil: null })
    if (!saved) return 'claim-lost'
    throw new RetrySyndication(failure.message)
  }
}
