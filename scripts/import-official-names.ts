// `npm run import:official-names -- file.csv|file.json`: adds the file's official names (and their
// wrong variants) to the review assistant's registry in DATABASE_URI. CSV columns: nama, jenis,
// varian (separated by | or ;), catatan — or name, kind, variants, note. Existing names gain the
// new variants. Exit 0 on success, 2 on a bad file.
import { getPayload } from 'payload'

import { importOfficialNames } from '../src/review/registry/importOfficialNames'
import { loadRegistryFile } from '../src/review/registry/loadRegistryFile'

const file = process.argv[2]
if (!file) {
  console.error('Penggunaan: npm run import:official-names -- <berkas.csv|berkas.json>')
  process.exit(2)
}
let entries
try {
  entries = loadRegistryFile(file)
} catch (error) {
  console.error((error as Error).message)
  process.exit(2)
}
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
const summary = await importOfficialNames(payload, entries)
console.log(`[warta] nama resmi: ${summary.created} baru, ${summary.updated} diperbarui, ${summary.unchanged} tidak berubah`)
await payload.destroy()
process.exit(0)
