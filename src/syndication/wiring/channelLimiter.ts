import type { ChannelId } from '../types'

type Slot = { active: number; waiting: (() => void)[] }
const slots = new Map<ChannelId, Slot>()

/** Per-process limit of jobs talking to one channel at once (settings `concurrency`). */
export async function withChannelSlot<T>(channel: ChannelId, limit: number, fn: () => Promise<T>): Promise<T> {
  const slot = slots.get(channel) ?? { active: 0, waiting: [] }
  slots.set(channel, slot)
  while (slot.active >= Math.max(1, limit)) await new Promise<void>((resolve) => slot.waiting.push(resolve))
  slot.active += 1
  try {
    return await fn()
  } finally {
    slot.active -= 1
    slot.waiting.shift()?.()
  }
}
