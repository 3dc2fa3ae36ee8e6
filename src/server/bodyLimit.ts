// Request body limits for the production server (scripts/server.ts), enforced before Next.js or
// Payload parse anything: text bodies (JSON, GraphQL, forms, server actions) are read up to
// JSON_BODY_LIMIT and answered 413 beyond it; a JSON body under /api that does not parse is a
// 400, not a 500 from deep inside a handler. Multipart bodies (uploads) keep Payload's own caps.
import http from 'node:http'

export const JSON_BODY_LIMIT = 1024 * 1024

const LIMITED_TYPES = [/^application\/(.+\+)?json\b/i, /^application\/graphql\b/i, /^text\//i, /^application\/x-www-form-urlencoded\b/i]
const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => unknown

const answer = (res: http.ServerResponse, status: number, message: string): void => {
  if (res.headersSent) return void res.end()
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', Connection: 'close' })
  res.end(JSON.stringify({ errors: [{ message }] }))
}

const isLimited = (req: http.IncomingMessage): boolean => {
  if (!WITH_BODY.has(req.method ?? '')) return false
  const type = req.headers['content-type'] ?? ''
  // No content type: treat as text (Payload would try to parse it as JSON).
  return type === '' || LIMITED_TYPES.some((pattern) => pattern.test(type))
}

/** A fresh IncomingMessage carrying the already-read body, for Next.js to read as usual. */
const replay = (req: http.IncomingMessage, body: Buffer): http.IncomingMessage => {
  const copy = new http.IncomingMessage(req.socket)
  copy.method = req.method
  copy.url = req.url
  copy.httpVersion = req.httpVersion
  copy.httpVersionMajor = req.httpVersionMajor
  copy.httpVersionMinor = req.httpVersionMinor
  const headers = { ...req.headers, 'content-length': String(body.length) }
  delete headers['transfer-encoding']
  copy.headers = headers
  copy.rawHeaders = Object.entries(headers).flatMap(([name, value]) => (Array.isArray(value) ? value.flatMap((v) => [name, v]) : [name, String(value ?? '')]))
  copy.push(body)
  copy.push(null)
  copy.complete = true
  return copy
}

/** Wraps a request handler with the body limit; the returned handler is what http.createServer gets. */
export const withBodyLimit =
  (handler: Handler, limit = JSON_BODY_LIMIT): Handler =>
  (req, res) => {
    if (!isLimited(req)) return handler(req, res)
    const declared = Number(req.headers['content-length'])
    if (Number.isFinite(declared) && declared > limit) {
      req.resume()
      return answer(res, 413, `Permintaan terlalu besar (batas ${Math.round(limit / 1024)} KB).`)
    }
    return new Promise<void>((resolve) => {
      const chunks: Buffer[] = []
      let size = 0
      let refused = false
      req.on('data', (chunk: Buffer) => {
        if (refused) return
        size += chunk.length
        if (size > limit) {
          refused = true
          answer(res, 413, `Permintaan terlalu besar (batas ${Math.round(limit / 1024)} KB).`)
          req.resume()
          resolve()
          return
        }
        chunks.push(chunk)
      })
      req.on('error', () => {
        if (!refused) answer(res, 400, 'Permintaan tidak dapat dibaca.')
        refused = true
        resolve()
      })
      req.on('end', () => {
        if (refused) return
        const body = Buffer.concat(chunks)
        const type = req.headers['content-type'] ?? ''
        if (body.length > 0 && /json/i.test(type) && (req.url ?? '').startsWith('/api/')) {
          try {
            JSON.parse(body.toString('utf8'))
          } catch {
            answer(res, 400, 'Isi permintaan bukan JSON yang valid.')
            resolve()
            return
          }
        }
        resolve(Promise.resolve(handler(replay(req, body), res)).then(() => undefined))
      })
    })
  }
