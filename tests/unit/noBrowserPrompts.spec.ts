import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry)
    if (statSync(full).isDirectory()) return sourceFiles(full)
    return /\.(tsx?|jsx?|mjs)$/.test(entry) ? [full] : []
  })

describe('admin UI uses in-page dialogs (issue 10 #4)', () => {
  it('no window.prompt, window.confirm or window.alert anywhere in src/', () => {
    const offenders = sourceFiles(path.resolve('src')).filter((file) =>
      /\b(window\.)?(prompt|confirm|alert)\s*\(/.test(
        readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => !/^\s*(\/\/|\*)/.test(line))
          .join('\n')
          .replace(/\b(onConfirm)\s*\(/g, ''),
      ),
    )
    expect(offenders).toEqual([])
  })
})
