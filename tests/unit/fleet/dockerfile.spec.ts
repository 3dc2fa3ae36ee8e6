import { DockerfileParser } from 'dockerfile-ast'
import { validate } from 'dockerfile-utils'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const ROOT = path.resolve(import.meta.dirname, '../../..')
const source = fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8')
const instructions = DockerfileParser.parse(source)
  .getInstructions()
  .map((instruction) => ({ keyword: instruction.getKeyword(), args: instruction.getArgumentsContent() ?? '' }))
const indexOf = (keyword: string, pattern: RegExp) => instructions.findIndex((i) => i.keyword === keyword && pattern.test(i.args))

describe('Dockerfile (the image compose.yaml builds)', () => {
  it('exists for compose.yaml’s `build: .` and has no lint diagnostics', () => {
    const compose = parse(fs.readFileSync(path.join(ROOT, 'compose.yaml'), 'utf8'), { merge: true }) as { services: Record<string, { build?: string }> }
    expect(compose.services['web-1']?.build).toBe('.')
    expect(validate(source).map((d) => `${d.range.start.line + 1}: ${d.message}`)).toEqual([])
  })

  it('runs Node 22 with the dictionaries the review assistant reads', () => {
    expect(instructions[0]).toEqual({ keyword: 'FROM', args: expect.stringMatching(/^node:22[.-]/) })
    expect(indexOf('RUN', /hunspell-id/)).toBeGreaterThan(0)
    expect(indexOf('RUN', /hunspell-en-us/)).toBeGreaterThan(0)
  })

  it('copies patches/ before npm ci (its postinstall applies them), and builds after the sources', () => {
    const patches = indexOf('COPY', /^patches\b/)
    const install = indexOf('RUN', /\bnpm ci\b/)
    const sources = indexOf('COPY', /^\.\s+\./)
    const build = indexOf('RUN', /\bnpm run build\b/)
    expect(patches).toBeGreaterThan(-1)
    expect(patches).toBeLessThan(install)
    expect(install).toBeLessThan(sources)
    expect(sources).toBeLessThan(build)
  })

  it('listens on every interface (Docker sets HOSTNAME to the container id) and runs unprivileged', () => {
    expect(indexOf('ENV', /\bHOSTNAME=0\.0\.0\.0\b/)).toBeGreaterThan(-1)
    expect(instructions.filter((i) => i.keyword === 'USER').at(-1)?.args).toBe('node')
    expect(instructions.at(-1)).toEqual({ keyword: 'CMD', args: '["npm", "start"]' })
  })

  it('keeps local data, builds and secrets out of the build context', () => {
    const ignored = fs.readFileSync(path.join(ROOT, '.dockerignore'), 'utf8').split('\n').map((line) => line.trim())
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', '.next', 'data', '.git', '*.env']))
  })
})
