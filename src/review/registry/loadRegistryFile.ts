import { readFileSync } from 'node:fs'

import type { OfficialNameEntry } from '../types'
import { parseRegistryFile } from './parseRegistryFile'

/** Server/CLI only: an official names registry from a .csv or .json file (format by extension). */
export function loadRegistryFile(file: string): OfficialNameEntry[] {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    throw new Error(`Berkas daftar nama resmi tidak dapat dibaca: ${file}`)
  }
  return parseRegistryFile(text, /\.json$/i.test(file) ? 'json' : 'csv')
}
