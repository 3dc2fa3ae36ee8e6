import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

type Options = {
  dataDir: string
  fileName: string
  encoding: 'base64' | 'hex'
  /** Called once, when the file is created (never with the secret itself). */
  onCreate: (file: string) => void
}

/**
 * Development/demo only: a random 32-byte secret generated once into `dataDir/fileName` (mode
 * 0600) and reused on every later start, so sessions and encrypted values survive restarts.
 */
export const generatedSecretFile = ({ dataDir, fileName, encoding, onCreate }: Options): string => {
  const file = path.join(dataDir, fileName)
  try {
    const stored = fs.readFileSync(file, 'utf8').trim()
    if (stored) return stored
  } catch {
    // not generated yet
  }
  fs.mkdirSync(dataDir, { recursive: true })
  const generated = randomBytes(32).toString(encoding)
  fs.writeFileSync(file, generated, { mode: 0o600 })
  onCreate(file)
  return generated
}
