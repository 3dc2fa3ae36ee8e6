import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '../../..')
const tsx = path.join(root, 'node_modules/.bin/tsx')
const dir = mkdtempSync(path.join(tmpdir(), 'review-cli-'))

function write(name: string, content: string): string {
  const file = path.join(dir, name)
  writeFileSync(file, content)
  return file
}

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(tsx, ['src/review/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, REVIEW_LEXICON_FILE: '', ...env },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const article = write(
  'berita.txt',
  '\nPasar Kranggan Dibuka Kembali\n\nWali Kota meresmikan pasar, Selasa (30/5/2022).\n\nPasar ini sangat megah.\n',
)

describe('review CLI', { timeout: 30_000 }, () => {
  it('prints exactly one JSON object with --json and exits 0', () => {
    const { code, stdout, stderr } = run([article, '--date', '2022-05-31', '--json'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const parsed = JSON.parse(stdout) as { findings: { rule: string; field: string; start: number; end: number; excerpt: string }[] }
    expect(Object.keys(parsed)).toEqual(['findings'])
    const weekday = parsed.findings.find((f) => f.rule === 'weekday-date')
    expect(weekday).toMatchObject({ field: 'body', excerpt: 'Selasa (30/5/2022)' })
    const body = 'Wali Kota meresmikan pasar, Selasa (30/5/2022).\n\nPasar ini sangat megah.'
    expect(body.slice(weekday!.start, weekday!.end)).toBe('Selasa (30/5/2022)')
  })

  it('prints a readable Indonesian report without --json', () => {
    const { code, stdout } = run([article, '--date', '2022-05-31'])
    expect(code).toBe(0)
    expect(stdout).toContain('Pemeriksaan berita: "Pasar Kranggan Dibuka Kembali"')
    expect(stdout).toContain('GALAT')
    expect(stdout).toContain('PERINGATAN')
    expect(stdout).toContain('jatuh pada hari Senin')
  })

  it('exits 0 with "Tidak ada temuan" for a clean text', () => {
    const clean = write('bersih.txt', 'Pasar Kranggan Dibuka\n\nPasar dibuka Senin (30/5/2022).')
    const { code, stdout } = run([clean, '--date', '2022-05-31'])
    expect(code).toBe(0)
    expect(stdout).toContain('Tidak ada temuan.')
  })

  it('exits 2 with a message for a missing file, empty text or a bad date', () => {
    const missing = run([path.join(dir, 'tidak-ada.txt')])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('tidak dapat dibaca')
    expect(missing.stdout).toBe('')

    const empty = run([write('kosong.txt', '  \n\n \n'), '--json'])
    expect(empty.code).toBe(2)
    expect(empty.stderr).toContain('kosong')

    const badDate = run([article, '--date', '2026-02-30', '--json'])
    expect(badDate.code).toBe(2)
    expect(badDate.stderr).toContain('2026-02-30')
    expect(badDate.stdout).toBe('')

    expect(run([article, '--date', '30-05-2022']).code).toBe(2)
    expect(run([]).code).toBe(2)
  })

  it('reads an office lexicon from REVIEW_LEXICON_FILE', () => {
    const lexicon = write('leksikon.json', JSON.stringify({ puffery: ['mantap jiwa'] }))
    const text = write('mantap.txt', 'Layanan Baru\n\nLayanan ini mantap jiwa.')
    const { code, stdout } = run([text, '--date', '2022-05-31', '--json'], { REVIEW_LEXICON_FILE: lexicon })
    expect(code).toBe(0)
    expect(JSON.parse(stdout).findings.map((f: { excerpt: string }) => f.excerpt)).toEqual(['mantap jiwa'])

    const broken = write('rusak.json', '{"puffery": 5}')
    const bad = run([text, '--json'], { REVIEW_LEXICON_FILE: broken })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('puffery')
  })
})
