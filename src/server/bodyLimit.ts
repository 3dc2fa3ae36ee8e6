// Request body limits for the production server (scripts/server.ts), enforced before Next.js or
// Payload parse anything: text bodies (JSON, GraphQL, forms, server actions) are read up to
// JSON_BODY_LIMIT and answered 413 beyond it; a JSON body under /api that does not parse is a
// 400, not a 500 from deep inside a handler. Multipart bodies (uploads) keep Payload's own caps.
import http from 'node:http'

export const JSON_BODY_LIMIT = 1024 * 1024
/**
 * A refused body is still read (and dropped) up to this size before the 413 goes out: a client
 * that is still uploading when the socket closes sees EPIPE instead of our answer. Beyond it the
 * socket is cut — nobody legitimate sends 64 MB of JSON.
 */
const DRAIN_LIMIT = 64 * 1024 * 1024

const LIMITED_TYPES = [/^application\/(.+\+)?json\b/i, /^application\/graphql\b/i, /^text\//i, /^application\/x-www-form-urlencoded\b/i]
const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => unknown

const answer = (res: http.ServerResponse, status: number, message: string): void => {
  if (res.headersSent) return void res.end()
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', Connection: 'close' })
  res.end(JSON.stringify({ errors: [{ message }] }))
}

const tooLarge = (limit: number): string => `Permintaan terlalu besar (batas ${Math.round(limit / 1024)} KB).`

/** Drops the rest of a refused body, then answers 413 (or cuts the socket past DRAIN_LIMIT). */
const drainThenRefuse = (req: http.IncomingMessage, res: http.ServerResponse, limit: number, alreadyRead = 0): Promise<void> =>
  new Promise((resolve) => {
    let drained = alreadyRead
    const finish = () => {
      answer(res, 413, tooLarge(limit))
      resolve()
    }
    req.on('data', (chunk: Buffer) => {
      drained += chunk.length
      if (drained > DRAIN_LIMIT) {
        req.socket.destroy()
        resolve()
      }
    })
    req.on('end', finish)
    req.on('error', () => resolve())
    if (req.readableEnded) finish()
    req.resume()
  })

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
    if (Number.isFinite(declared) && declared > limit) return drainThenRefuse(req, res, limit)
    return new Promise<void>((resolve) => {
      const chunks: Buffer[] = []
      let size = 0
      let refused = false
      const onData = (chunk: Buffer) => {
        size += chunk.length
        if (size <= limit) return void chunks.push(chunk)
        refused = true
        chunks.length = 0
        req.off('data', onData)
        resolve(drainThenRefuse(req, res, limit, size))
      }
      req.on('data', onData)
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
