import type { OfficialNameEntry } from '../types'

/**
 * The demo city's official names registry: its OPDs (src/seed/demoUnits.ts) and positions, each
 * with spellings and outdated names that turn up in drafts. Seeded into the official-names
 * collection; offices edit it in the admin or import a CSV (npm run import:official-names).
 */
export const seedOfficialNames: OfficialNameEntry[] = [
  // Positions
  { name: 'Wali Kota', kind: 'position', variants: ['Walikota', 'Wali Kotamadya'] },
  { name: 'Wakil Wali Kota', kind: 'position', variants: ['Wakil Walikota', 'Wawali Kota'] },
  { name: 'Sekretaris Daerah', kind: 'position', variants: ['Sekretaris Kota', 'Sekkot'] },
  { name: 'Asisten Pemerintahan dan Kesejahteraan Rakyat', kind: 'position', variants: ['Asisten I Pemerintahan'] },
  { name: 'Kepala Pelaksana BPBD', kind: 'position', variants: ['Kalak BPBD', 'Kepala Pelaksana Harian BPBD'] },
  { name: 'Camat', kind: 'position', variants: [] },
  { name: 'Lurah', kind: 'position', variants: ['Kepala Kelurahan'] },
  // OPDs
  { name: 'Bagian Hubungan Masyarakat Sekretariat Daerah', kind: 'unit', variants: ['Bagian Humas Setda', 'Bagian Humas Pemkot', 'Humas Pemkot'] },
  { name: 'Dinas Komunikasi, Informatika dan Persandian', kind: 'unit', variants: ['Dinas Komunikasi dan Informatika', 'Dinas Kominfo', 'Diskominfo', 'Dinas Kominfosan'] },
  { name: 'Diskominfosan', kind: 'unit', variants: ['Diskominfo', 'Kominfo Kota'] },
  { name: 'Dinas Kesehatan', kind: 'unit', variants: ['Dinas Kesehatan Kota Madya'] },
  { name: 'Dinas Pendidikan, Pemuda dan Olahraga', kind: 'unit', variants: ['Dinas Pendidikan dan Olahraga', 'Dinas Pendidikan Pemuda Olahraga', 'Dinas Pendidikan dan Kebudayaan', 'Disdik', 'Disdikbud'] },
  { name: 'Dinas Pekerjaan Umum, Perumahan dan Kawasan Permukiman', kind: 'unit', variants: ['Dinas Pekerjaan Umum', 'Dinas PU', 'Dinas PUPR', 'DPU', 'DPUPR'] },
  { name: 'Dinas Lingkungan Hidup', kind: 'unit', variants: ['Badan Lingkungan Hidup', 'BLH', 'Dinas Kebersihan'] },
  { name: 'Dinas Perhubungan', kind: 'unit', variants: ['Dinas Perhubungan dan Komunikasi', 'Dishubkominfo', 'DLLAJ'] },
  { name: 'Dinas Pariwisata', kind: 'unit', variants: ['Dinas Pariwisata dan Kebudayaan', 'Disparbud'] },
  { name: 'Dinas Sosial, Tenaga Kerja dan Transmigrasi', kind: 'unit', variants: ['Dinas Tenaga Kerja dan Transmigrasi', 'Dinsos', 'Disnakertrans', 'Dinsosnakertran'] },
  { name: 'Dinas Perindustrian, Koperasi, Usaha Kecil dan Menengah', kind: 'unit', variants: ['Dinas Koperasi dan UMKM', 'Dinas Koperasi UKM', 'Diskop UKM', 'Diskopukm', 'Disperindag'] },
  { name: 'Badan Penanggulangan Bencana Daerah', kind: 'unit', variants: ['Badan Penanggulangan Bencana Kota', 'Badan Penanggulangan Bencana'] },
  { name: 'Dinas Kependudukan dan Pencatatan Sipil', kind: 'unit', variants: ['Dinas Kependudukan dan Catatan Sipil', 'Dinas Kependudukan Catatan Sipil', 'Dispendukcapil', 'Disdukcapil Kota Madya'] },
  { name: 'Disdukcapil', kind: 'unit', variants: ['Dukcapil Kota', 'Dispendukcapil'] },
]
