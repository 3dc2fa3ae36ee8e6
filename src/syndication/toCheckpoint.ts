import type { Checkpoint } from './types'

/** Plain JSON copy (drops undefined), so what is saved equals what is read back. */
export function toCheckpoint(value: object): Checkpoint {
  return JSON.parse(JSON.stringify(value)) as Checkpoint
}
