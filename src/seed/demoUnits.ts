/** A dozen OPDs of a mid-sized Indonesian city government. */
export const demoUnits = [
  { name: 'Bagian Hubungan Masyarakat Sekretariat Daerah', shortName: 'Humas Setda' },
  { name: 'Dinas Komunikasi, Informatika dan Persandian', shortName: 'Diskominfosan' },
  { name: 'Dinas Kesehatan', shortName: 'Dinkes' },
  { name: 'Dinas Pendidikan, Pemuda dan Olahraga', shortName: 'Disdikpora' },
  { name: 'Dinas Pekerjaan Umum, Perumahan dan Kawasan Permukiman', shortName: 'DPUPKP' },
  { name: 'Dinas Lingkungan Hidup', shortName: 'DLH' },
  { name: 'Dinas Perhubungan', shortName: 'Dishub' },
  { name: 'Dinas Pariwisata', shortName: 'Dispar' },
  { name: 'Dinas Sosial, Tenaga Kerja dan Transmigrasi', shortName: 'Dinsosnakertrans' },
  { name: 'Dinas Perindustrian, Koperasi, Usaha Kecil dan Menengah', shortName: 'Disperinkopukm' },
  { name: 'Badan Penanggulangan Bencana Daerah', shortName: 'BPBD' },
  { name: 'Dinas Kependudukan dan Pencatatan Sipil', shortName: 'Disdukcapil' },
] as const

export const demoCategories = [
  'Pemerintahan',
  'Kesehatan',
  'Pendidikan',
  'Infrastruktur',
  'Lingkungan',
  'Transportasi',
  'Pariwisata dan Budaya',
  'Sosial',
  'Ekonomi dan UMKM',
  'Kebencanaan',
  'Layanan Publik',
] as const
