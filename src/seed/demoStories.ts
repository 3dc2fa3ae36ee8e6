/**
 * Story templates for the demo: neutral, attributed Indonesian news in the humas house style.
 * `{place}` is replaced by a kemantren (district) so each template yields several distinct items.
 */
export type DemoStory = {
  unit: string
  category: string
  title: string
  lead: string
  body: string[]
  tags: string[]
}

export const demoPlaces = ['Kotagede', 'Umbulharjo', 'Gondokusuman', 'Tegalrejo', 'Mergangsan', 'Jetis'] as const

export const demoStories: DemoStory[] = [
  {
    unit: 'Dinkes',
    category: 'Kesehatan',
    title: 'Posyandu di Kemantren {place} Layani Imunisasi Lengkap Balita',
    lead: 'Dinas Kesehatan membuka layanan imunisasi dasar lengkap di seluruh posyandu Kemantren {place} selama bulan ini.',
    body: [
      'Layanan imunisasi dibuka setiap Selasa dan Kamis pukul 08.00 sampai 11.00 WIB di posyandu masing-masing kelurahan. Orang tua diminta membawa buku Kesehatan Ibu dan Anak (KIA).',
      '"Kami menargetkan cakupan imunisasi dasar lengkap mencapai 95 persen pada akhir tahun," kata Kepala Dinas Kesehatan, dr. Emma Rahmi Aryani.',
      'Menurut data Dinas Kesehatan, cakupan imunisasi di Kemantren {place} pada triwulan lalu tercatat 89 persen. Informasi jadwal tersedia di puskesmas terdekat.',
    ],
    tags: ['imunisasi', 'posyandu'],
  },
  {
    unit: 'Dishub',
    category: 'Transportasi',
    title: 'Dishub Uji Coba Rekayasa Lalu Lintas di Simpang {place}',
    lead: 'Dinas Perhubungan menguji coba pengalihan arus kendaraan di simpang empat {place} selama dua pekan untuk mengurai kepadatan pada jam sibuk.',
    body: [
      'Selama uji coba, kendaraan dari arah utara dialihkan ke jalur sisi timur. Petugas gabungan disiagakan di empat titik sejak pukul 06.00 WIB.',
      '"Hasil uji coba akan kami evaluasi bersama kepolisian sebelum diputuskan menjadi pengaturan permanen," ujar Kepala Bidang Lalu Lintas Dinas Perhubungan, Windarto.',
      'Warga dapat menyampaikan masukan melalui kanal aduan resmi pemerintah kota.',
    ],
    tags: ['lalu lintas', 'rekayasa'],
  },
  {
    unit: 'DLH',
    category: 'Lingkungan',
    title: 'Bank Sampah {place} Kelola 12 Ton Sampah Anorganik',
    lead: 'Sebanyak 14 bank sampah di Kemantren {place} mengelola 12 ton sampah anorganik sepanjang triwulan ketiga.',
    body: [
      'Sampah yang dipilah warga meliputi plastik, kertas, logam, dan kaca. Hasil penjualan dikembalikan kepada nasabah dalam bentuk tabungan.',
      '"Pemilahan dari rumah mengurangi beban Tempat Pengolahan Sampah Terpadu," kata Kepala Dinas Lingkungan Hidup, Sugeng Darmanto.',
      'Dinas Lingkungan Hidup mencatat jumlah nasabah bank sampah di wilayah tersebut mencapai 1.240 orang.',
    ],
    tags: ['bank sampah', 'pengelolaan sampah'],
  },
  {
    unit: 'Disdikpora',
    category: 'Pendidikan',
    title: 'Pendaftaran Beasiswa Pendidikan Kota untuk Pelajar {place} Dibuka',
    lead: 'Dinas Pendidikan, Pemuda dan Olahraga membuka pendaftaran beasiswa bagi pelajar SD hingga SMA dari keluarga kurang mampu di Kemantren {place}.',
    body: [
      'Pendaftaran dilakukan secara daring hingga akhir bulan. Persyaratan meliputi kartu keluarga, rapor semester terakhir, dan surat keterangan dari kelurahan.',
      '"Verifikasi berkas dilakukan sekolah bersama dinas agar bantuan tepat sasaran," jelas Kepala Bidang Pembinaan SD, Dwi Hastuti.',
      'Kuota beasiswa tahun ini sebanyak 350 penerima untuk seluruh kemantren.',
    ],
    tags: ['beasiswa', 'pendidikan'],
  },
  {
    unit: 'DPUPKP',
    category: 'Infrastruktur',
    title: 'Perbaikan Saluran Drainase Jalan Utama {place} Ditargetkan Rampung Desember',
    lead: 'Dinas Pekerjaan Umum, Perumahan dan Kawasan Permukiman memperbaiki saluran drainase sepanjang 800 meter di jalan utama {place}.',
    body: [
      'Pekerjaan meliputi pembongkaran saluran lama, pemasangan saluran beton pracetak, dan penutup saluran yang dapat dibuka untuk pemeliharaan.',
      '"Pekerjaan dilakukan bertahap per segmen 100 meter agar akses warga tetap terbuka," ungkap Kepala Bidang Sumber Daya Air dan Drainase, Aki Lukman Nur Hakim.',
      'Nilai kontrak pekerjaan tercatat Rp1,8 miliar dari APBD.',
    ],
    tags: ['drainase', 'infrastruktur'],
  },
  {
    unit: 'Dispar',
    category: 'Pariwisata dan Budaya',
    title: 'Festival Kampung Wisata {place} Digelar Akhir Pekan Ini',
    lead: 'Dinas Pariwisata bersama kelompok sadar wisata menggelar festival kampung wisata di {place} pada Sabtu dan Minggu.',
    body: [
      'Festival menampilkan kesenian tradisional, kuliner lokal, dan lokakarya kerajinan. Pengunjung tidak dipungut biaya masuk.',
      '"Festival ini menjadi sarana promosi produk warga kampung wisata," kata Kepala Dinas Pariwisata, Wahyu Hendratmoko.',
      'Panitia menyediakan kantong parkir di halaman kantor kemantren.',
    ],
    tags: ['festival', 'kampung wisata'],
  },
  {
    unit: 'Dinsosnakertrans',
    category: 'Sosial',
    title: 'Pelatihan Kerja Gratis untuk Pencari Kerja di {place}',
    lead: 'Dinas Sosial, Tenaga Kerja dan Transmigrasi membuka pelatihan kerja bidang las, tata boga, dan menjahit bagi pencari kerja di {place}.',
    body: [
      'Pelatihan berlangsung selama 20 hari di Balai Latihan Kerja dan diikuti 60 peserta. Peserta mendapat sertifikat kompetensi setelah lulus uji.',
      '"Materi pelatihan disusun bersama asosiasi industri agar sesuai kebutuhan pasar kerja," tutur Kepala Bidang Pelatihan, Rihari Wulandari.',
      'Pendaftaran dibuka di kantor dinas dengan membawa KTP dan kartu pencari kerja.',
    ],
    tags: ['pelatihan kerja', 'ketenagakerjaan'],
  },
  {
    unit: 'Disperinkopukm',
    category: 'Ekonomi dan UMKM',
    title: 'Pelaku UMKM {place} Ikuti Pendampingan Sertifikasi Halal',
    lead: 'Sebanyak 45 pelaku usaha mikro di {place} mengikuti pendampingan sertifikasi halal gratis dari pemerintah kota.',
    body: [
      'Pendampingan mencakup penyusunan dokumen proses produksi dan pengajuan melalui sistem informasi halal.',
      '"Sertifikat halal membuka akses produk UMKM ke pasar modern," ujar Kepala Bidang Usaha Mikro, Tri Karyadi.',
      'Pemerintah kota menargetkan 300 sertifikat halal terbit untuk UMKM hingga akhir tahun.',
    ],
    tags: ['UMKM', 'sertifikasi halal'],
  },
  {
    unit: 'BPBD',
    category: 'Kebencanaan',
    title: 'BPBD Gelar Simulasi Evakuasi Gempa di Sekolah {place}',
    lead: 'Badan Penanggulangan Bencana Daerah menggelar simulasi evakuasi gempa bumi di tiga sekolah dasar di {place}.',
    body: [
      'Simulasi diikuti 540 siswa dan guru. Peserta berlatih berlindung di bawah meja, keluar kelas secara tertib, dan berkumpul di titik kumpul.',
      '"Latihan rutin membuat respons anak-anak saat gempa menjadi lebih tenang dan cepat," kata Kepala Pelaksana BPBD, Nur Hidayat.',
      'BPBD menjadwalkan simulasi serupa di sekolah lain secara bergiliran.',
    ],
    tags: ['simulasi', 'gempa'],
  },
  {
    unit: 'Disdukcapil',
    category: 'Layanan Publik',
    title: 'Layanan Adminduk Keliling Hadir di Kantor Kemantren {place}',
    lead: 'Dinas Kependudukan dan Pencatatan Sipil membuka layanan administrasi kependudukan keliling di Kantor Kemantren {place}.',
    body: [
      'Layanan meliputi perekaman KTP elektronik, pencetakan kartu identitas anak, dan perubahan data kartu keluarga.',
      '"Layanan keliling memudahkan warga lanjut usia dan penyandang disabilitas," jelas Kepala Dinas Kependudukan dan Pencatatan Sipil, Septi Sri Rejeki.',
      'Warga diminta membawa dokumen asli dan fotokopi kartu keluarga.',
    ],
    tags: ['adminduk', 'KTP elektronik'],
  },
  {
    unit: 'Diskominfosan',
    category: 'Layanan Publik',
    title: 'Titik Wi-Fi Publik Ditambah di Ruang Terbuka {place}',
    lead: 'Dinas Komunikasi, Informatika dan Persandian menambah delapan titik Wi-Fi publik di ruang terbuka hijau {place}.',
    body: [
      'Akses internet gratis tersedia pukul 06.00 hingga 22.00 WIB dengan batas waktu dua jam per sesi.',
      '"Penambahan titik mempertimbangkan jumlah pengunjung dan kebutuhan pelajar," kata Kepala Bidang Infrastruktur TIK, Ignatius Tri Hastono.',
      'Warga dapat melaporkan gangguan jaringan melalui kanal aduan resmi.',
    ],
    tags: ['wifi publik', 'layanan digital'],
  },
  {
    unit: 'Humas Setda',
    category: 'Pemerintahan',
    title: 'Wali Kota Serahkan Dana Kelurahan untuk Program Padat Karya di {place}',
    lead: 'Wali Kota menyerahkan dana kelurahan untuk program padat karya perbaikan jalan lingkungan di {place}.',
    body: [
      'Program padat karya melibatkan warga setempat sebagai tenaga kerja dengan upah harian sesuai ketentuan.',
      '"Program ini menggerakkan ekonomi warga sekaligus memperbaiki infrastruktur kampung," kata Wali Kota dalam sambutannya.',
      'Penyerahan dana disaksikan lurah dan perwakilan lembaga pemberdayaan masyarakat kelurahan.',
    ],
    tags: ['padat karya', 'dana kelurahan'],
  },
]

/** Items with deliberate slips, left in review so the verifier sees the review assistant at work. */
export const demoSloppyStories: DemoStory[] = [
  {
    unit: 'Dispar',
    category: 'Pariwisata dan Budaya',
    title: 'WOW! Festival Terbaik dan Termegah Se-Indonesia Hadir di Kota Kita!',
    lead: 'Festival budaya yang sangat spektakuler ini digelar pada Senin (3/11) dan pasti akan dihadiri semua orang.',
    body: [
      'Semua orang setuju festival ini adalah yang terbaik. "Ini luar biasa sekali."',
      'Jangan lewatkan! Ayo datang bersama keluarga kamu besok.',
    ],
    tags: ['festival'],
  },
  {
    unit: 'Dinkes',
    category: 'Kesehatan',
    title: '150 Kader Posyandu Ikuti Pelatihan Gizi',
    lead: 'Sebanyak 120 kader posyandu mengikuti pelatihan pencegahan stunting yang digelar Dinas Kesehatan.',
    body: [
      'Pelatihan dibuka Kepala Dinas Kesehatan Emma Rahmi Aryani pada Kamis (6/11). "Kader adalah ujung tombak pencegahan stunting," kata Emma Rahmi Ariyani.',
      'Anggaran pelatihan sebesar Rp 45.000.00 bersumber dari APBD.',
    ],
    tags: ['stunting', 'gizi'],
  },
]
