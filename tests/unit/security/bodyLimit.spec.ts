import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { withBodyLimit } from '@/server/bodyLimit'

let server: http.Server
let base = ''

beforeAll(async () => {
  // The inner handler echoes what it could read: proves the body reaches Next.js intact.
  const inner = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => res.end(JSON.stringify({ length: Buffer.concat(chunks).length, type: req.headers['content-type'] ?? null })))
  }
  server = http.createServer((req, res) => void withBodyLimit(inner, 1024)(req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const post = (path: string, body: BodyInit, type = 'application/json') =>
  fetch(`${base}${path}`, { method: 'POST', body, headers: { 'content-type': type }, ...(body instanceof ReadableStream ? { duplex: 'half' } : {}) } as RequestInit)

describe('request body limit', () => {
  it('passes a small JSON body through unchanged', async () => {
    const res = await post('/api/x', JSON.stringify({ a: 'b' }))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ length: 9, type: 'application/json' })
  })

  it('answers 413 in Indonesian for a declared oversized body', async () => {
    const res = await post('/api/users/login', JSON.stringify({ a: 'x'.repeat(5000) }))
    expect(res.status).toBe(413)
    expect((await res.json()).errors[0].message).toMatch(/terlalu besar/)
  })

  it('answers 413 for a chunked body that grows past the limit', async () => {
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(500)))
        controller.close()
      },
    })
    const res = await post('/api/graphql', stream)
    expect(res.status).toBe(413)
  })

  it('reads a large refused body to its end, so a client still uploading gets the 413 and no EPIPE', async () => {
    const big = Buffer.alloc(4 * 1024 * 1024, 'x')
    for (const chunked of [false, true]) {
      const status = await new Promise<number>((resolve, reject) => {
        const headers: http.OutgoingHttpHeaders = { 'content-type': 'application/json', ...(chunked ? {} : { 'content-length': big.length }) }
        // Done when the answer is read AND the upload went out whole (Playwright waits for both).
        let answered = 0
        let uploaded = false
        const settle = () => answered && uploaded && resolve(answered)
        const req = http.request(`${base}/api/graphql`, { method: 'POST', headers }, (res) => {
          res.resume()
          res.on('end', () => {
            answered = res.statusCode ?? 0
            settle()
          })
        })
        req.on('finish', () => {
          uploaded = true
          settle()
        })
        req.on('error', reject)
        // Slowly, as over a real network: the answer must wait for the upload, not cut it.
        const send = async () => {
          for (let offset = 0; offset < big.length; offset += 256 * 1024) {
            req.write(big.subarray(offset, offset + 256 * 1024))
            await new Promise((next) => setTimeout(next, 20))
          }
          req.end()
        }
        void send()
      })
      expect(status, chunked ? 'chunked' : 'declared length').toBe(413)
    }
  })

  it('answers 400 for JSON under /api that does not parse', async () => {
    const res = await post('/api/graphql', '{"query": ')
    expect(res.status).toBe(400)
    expect((await res.json()).errors[0].message).toMatch(/JSON/)
  })

  it('leaves multipart uploads to their own cap', async () => {
    const form = new FormData()
    form.append('file', new Blob(['y'.repeat(5000)]), 'a.txt')
    const res = await fetch(`${base}/api/media`, { method: 'POST', body: form })
    expect(res.status).toBe(200)
  })
})
