/**
 * Indonesian for the Lexical rich-text editor, which ships no `id` strings (its keys would show
 * raw, e.g. "lexical:general:placeholder"). Keys mirror @payloadcms/richtext-lexical's English.
 */
export const lexicalIndonesian = {
  general: {
    placeholder: "Mulai mengetik, atau tekan '/' untuk perintah…",
    slashMenuBasicGroupLabel: 'Dasar',
    slashMenuListGroupLabel: 'Daftar',
    toolbarItemsActive: '{{count}} aktif',
  },
  align: {
    alignCenterLabel: 'Rata tengah',
    alignJustifyLabel: 'Rata kiri-kanan',
    alignLeftLabel: 'Rata kiri',
    alignRightLabel: 'Rata kanan',
  },
  blockquote: { label: 'Kutipan' },
  blocks: {
    inlineBlocks: { create: 'Buat {{label}}', edit: 'Ubah {{label}}', label: 'Blok sebaris', remove: 'Hapus {{label}}' },
    label: 'Blok',
  },
  heading: { label: 'Judul {{headingLevel}}' },
  horizontalRule: { label: 'Garis horizontal' },
  indent: { decreaseLabel: 'Kurangi inden', increaseLabel: 'Tambah inden' },
  link: { label: 'Tautan', loadingWithEllipsis: 'Memuat…' },
  checklist: { label: 'Daftar periksa' },
  orderedList: { label: 'Daftar bernomor' },
  unorderedList: { label: 'Daftar berpoin' },
  paragraph: { label: 'Paragraf', label2: 'Teks biasa' },
  relationship: { label: 'Relasi' },
  textState: { defaultStyle: 'Gaya bawaan' },
  upload: { label: 'Unggahan' },
}
