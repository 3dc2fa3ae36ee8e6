import { channelLabel, syndicationOperationLabel, syndicationStateLabel } from '@/i18n/labels'

export interface RecordFacts {
  channel: string
  operation?: null | string
  state: string
  /** Failed tries so far, as the ledger counts them (a success does not increment it). */
  attempts: number
  needsManualAction: boolean
  manualActionReason: null | string
  lastError: null | string
  nextAttemptAt: null | string
}

export interface RecordDescription {
  title: string
  stateLabel: string
  /** "1 kali", "3 kali (2 gagal)", "belum dikirim". */
  attemptsLabel: string
  /** What went wrong or what is waiting, in the platform's words turned Indonesian upstream. */
  problem: null | string
  /** What the editor should do now; null when nothing is needed. */
  todo: null | string
  canRetry: boolean
}

/**
 * The number of sends actually made: the ledger counts failed tries only, so a delivery that
 * succeeded (or is running) adds one. A skipped record was never sent.
 */
export const attemptsMade = ({ attempts, state }: Pick<RecordFacts, 'attempts' | 'state'>): number =>
  attempts + (state === 'succeeded' || state === 'running' ? 1 : 0)

const attemptsText = (facts: RecordFacts): string => {
  const made = attemptsMade(facts)
  if (made === 0) return facts.state === 'skipped' ? 'tidak dikirim' : 'belum dikirim'
  const failed = facts.attempts
  if (facts.state === 'succeeded' && failed > 0) return `${made} kali (${failed} gagal, lalu berhasil)`
  return `${made} kali`
}

const DISABLED_CHANNEL = 'Kanal ini tidak aktif'

/** Plain-language reading of one syndication record for the Distribusi tab. */
export const describeRecord = (facts: RecordFacts): RecordDescription => {
  const channel = channelLabel(facts.channel)
  const base = {
    title: `${channel} · ${syndicationOperationLabel(facts.operation)}`,
    stateLabel: syndicationStateLabel(facts.state),
    attemptsLabel: attemptsText(facts),
    canRetry: facts.state === 'failed',
  }
  if (facts.state === 'failed') {
    return {
      ...base,
      problem: facts.lastError,
      todo: `Perbaiki penyebabnya (lihat keterangan galat; pengaturan kanal hanya dapat diubah admin), lalu tekan "Coba lagi". Warta memeriksa dulu apa yang sudah sampai di ${channel}, jadi tidak ada kiriman ganda.`,
    }
  }
  if (facts.needsManualAction) {
    const disabled = facts.manualActionReason?.startsWith(DISABLED_CHANNEL) ?? false
    return {
      ...base,
      problem: facts.manualActionReason,
      todo: disabled
        ? `Bila berita ini memang perlu tampil di ${channel}, minta admin mengaktifkan kanal di Pengaturan kanal, lalu terbitkan ulang lewat koreksi. Bila tidak, abaikan.`
        : `Lakukan langkah di atas langsung di ${channel}. Warta tidak mengirim apa pun lagi untuk catatan ini; tidak perlu menekan tombol di sini.`,
    }
  }
  if (facts.state === 'queued' && facts.attempts > 0) {
    const when = facts.nextAttemptAt ? ' Percobaan berikutnya dijadwalkan otomatis.' : ''
    return { ...base, problem: facts.lastError, todo: `Tidak perlu tindakan: sistem akan mencoba lagi.${when}` }
  }
  return { ...base, problem: null, todo: null }
}
