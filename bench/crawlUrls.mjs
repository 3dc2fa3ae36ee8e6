// The crawler's URL mix (bench/crawl.mjs, tests/fleet): every URL distinct — unknown
// /berita/<slug> and unknown paths (404), /cari searches, home/category/OPD list pages with distinct query
// strings (`?halaman=` past the end answers 404) and feeds with distinct query strings.
export const CATEGORIES = ['ekonomi-dan-umkm', 'infrastruktur', 'kebencanaan', 'kesehatan', 'pendidikan', 'pemerintahan']
export const UNITS = ['badan-penanggulangan-bencana-daerah', 'bagian-hubungan-masyarakat-sekretariat-daerah', 'dinas-kependudukan-dan-pencatatan-sipil']
const FEEDS = ['/feed.xml', '/atom.xml', '/feed.json']
const WORDS = ['pasar', 'banjir', 'jalan', 'warga', 'kota', 'sekolah', 'vaksin', 'posyandu', 'umkm', 'festival', 'taman', 'pajak']

/**
 * The i-th URL of a crawl; `run` (any string) keeps two crawls of one server distinct.
 * @param {number} i
 * @param {{ run?: string, categories?: string[], units?: string[] }} [options]
 */
export const crawlUrl = (i, { run = 'r', categories = CATEGORIES, units = UNITS } = {}) => {
  const tag = `${run}${i.toString(36)}`
  switch (i % 6) {
    case 0:
      return `/berita/tidak-ada-${tag}`
    case 1:
      return i % 12 === 1 ? `/halaman-${tag}/lama` : `/berita/tidak-ada-${tag}`
    case 2:
      return `/cari?q=${WORDS[i % WORDS.length]}+${tag}`
    case 3:
      return `/?halaman=${1 + (i % 900)}&utm=${tag}`
    case 4:
      return i % 12 < 6
        ? `/kategori/${categories[i % categories.length]}?halaman=${1 + (i % 200)}&r=${tag}`
        : `/opd/${units[i % units.length]}?halaman=${1 + (i % 200)}&r=${tag}`
    default:
      return `${FEEDS[i % FEEDS.length]}?v=${tag}`
  }
}
