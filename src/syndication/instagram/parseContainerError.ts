/**
 * The `status` of an ERROR container is text, e.g. "Error: Media upload has failed with error
 * code 2207026" or "Error: Media download has failed. The media URI doesn't meet our
 * requirements." (Graph IG Container reference: `status` = "Status of the container"; the
 * subcode, when present, is inside the sentence). Permanent subcodes need new input, not a
 * new container.
 */
export interface ContainerError {
  text: string
  subcode?: number
  permanent: boolean
  userMessage: string
}

const PERMANENT: Record<number, string> = {
  2207004: 'Gambar terlalu besar untuk Instagram (maksimal 8 MB).',
  2207005: 'Format gambar tidak didukung Instagram (harus JPEG).',
  2207009: 'Rasio gambar tidak didukung Instagram (4:5 sampai 1,91:1).',
  2207010: 'Keterangan Instagram terlalu panjang (maksimal 2.200 karakter).',
  2207026: 'Format media tidak didukung Instagram.',
}

export function parseContainerError(status: string | undefined): ContainerError {
  const text = (status ?? '').trim() || 'ERROR (tanpa keterangan)'
  const match = /\b(22\d{5})\b/.exec(text)
  const subcode = match ? Number(match[1]) : undefined
  if (subcode !== undefined && PERMANENT[subcode]) {
    return { text, subcode, permanent: true, userMessage: `${PERMANENT[subcode]} (Instagram: ${text})` }
  }
  const download = /download/i.test(text)
  return {
    text,
    subcode,
    permanent: false,
    userMessage: download
      ? `Instagram gagal mengunduh gambar (${text}). Pastikan URL gambar publik dan tidak diblokir robots.txt.`
      : `Instagram gagal memproses gambar (${text}).`,
  }
}
