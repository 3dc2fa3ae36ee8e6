import type { TransitionAction } from '@/workflow/transitions'

/** What a workflow dialog asks for; the request body field each input fills. */
export interface DialogSpec {
  heading: string
  /** One or two sentences: what happens when confirmed. */
  explanation: (context: DialogContext) => string
  confirmLabel: string
  cancelLabel: string
  /** A multi-line text the action needs (always required when present). */
  text?: { field: 'comment' | 'reason'; label: string; hint: string }
  /** Publication time picker (schedule). */
  publishAt?: boolean
  /** Correction note, asked only when the item was live before. */
  correctionNote?: boolean
  /** Shows the public retraction notice as readers will see it. */
  retractionPreview?: boolean
  danger?: boolean
}

export interface DialogContext {
  wasLive: boolean
  publishAtLabel?: string
}

/** The actions that open a dialog; `submit` and `approve` run directly (after saving pending edits). */
export const DIALOGS: Partial<Record<TransitionAction, DialogSpec>> = {
  request_changes: {
    heading: 'Minta perubahan',
    explanation: () => 'Berita kembali ke penulis berstatus Draf. Komentar Anda tampil di halaman berita dan dikirim lewat e-mail.',
    confirmLabel: 'Kirim permintaan perubahan',
    cancelLabel: 'Batal',
    text: { field: 'comment', label: 'Apa yang perlu diubah penulis?', hint: 'Wajib diisi. Tulis sejelas mungkin; boleh beberapa paragraf.' },
  },
  publish: {
    heading: 'Terbitkan sekarang',
    explanation: ({ wasLive }) =>
      wasLive
        ? 'Berita ini pernah terbit. Versi baru langsung menggantikan versi di portal, dengan catatan koreksi di bawah berita.'
        : 'Berita langsung tampil di portal dan dikirim ke kanal distribusi yang dipilih.',
    confirmLabel: 'Terbitkan',
    cancelLabel: 'Batal',
    correctionNote: true,
  },
  schedule: {
    heading: 'Jadwalkan terbit',
    explanation: ({ wasLive }) =>
      wasLive
        ? 'Berita terbit otomatis pada waktu yang dipilih, dengan catatan koreksi di bawah berita.'
        : 'Berita terbit otomatis pada waktu yang dipilih. Jadwal dapat dibatalkan sebelum waktunya.',
    confirmLabel: 'Jadwalkan',
    cancelLabel: 'Batal',
    publishAt: true,
    correctionNote: true,
  },
  unschedule: {
    heading: 'Batalkan jadwal terbit',
    explanation: ({ publishAtLabel }) =>
      `Jadwal terbit${publishAtLabel ? ` ${publishAtLabel}` : ''} dibatalkan. Berita kembali berstatus Disetujui dan tidak terbit otomatis.`,
    confirmLabel: 'Batalkan jadwal',
    cancelLabel: 'Kembali',
  },
  retract: {
    heading: 'Cabut berita',
    explanation: () =>
      'Isi berita tidak lagi ditayangkan. Di alamatnya, pembaca melihat pemberitahuan pencabutan dengan alasan di bawah ini.',
    confirmLabel: 'Cabut berita',
    cancelLabel: 'Batal',
    text: { field: 'reason', label: 'Alasan pencabutan (ditampilkan kepada publik)', hint: 'Wajib diisi. Tulis untuk pembaca, tanpa data pribadi.' },
    retractionPreview: true,
    danger: true,
  },
  restore: {
    heading: 'Pulihkan ke tinjauan',
    explanation: () =>
      'Berita kembali berstatus Menunggu tinjauan. Pemberitahuan pencabutan tetap tampil di portal sampai berita diterbitkan ulang dengan catatan koreksi.',
    confirmLabel: 'Pulihkan ke tinjauan',
    cancelLabel: 'Batal',
    text: { field: 'comment', label: 'Alasan pemulihan (untuk peninjau)', hint: 'Wajib diisi. Misalnya: apa yang sudah dibetulkan.' },
  },
}
