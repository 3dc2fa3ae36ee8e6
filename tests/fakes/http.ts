import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  path: string
  route: string
  params: Record<string, string | string[]>
  headers: IncomingMessage['headers']
  bodyBytes: number
  at: number
  /** Id handed out by a write (container, media, delivery…), for exactly-once assertions. */
  createdId?: string
}

export interface FakeHttpServer {
  url: string
  port: number
  close(): Promise<void>
}

export type FakeHandler = (req: IncomingMessage, res: ServerResponse, body: Buffer, url: URL) => unknown

/** Added latency before every fake answers (benchmarks, kill tests). Shared by all fakes in the process. */
export const fakeNetwork = { latencyMs: 0 }

/** node:http server on 127.0.0.1 with an ephemeral port. */
export async function startHttpServer(handler: FakeHandler): Promise<FakeHttpServer> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const delay = fakeNetwork.latencyMs > 0 ? new Promise((resolve) => setTimeout(resolve, fakeNetwork.latencyMs)) : undefined
      Promise.resolve(delay)
        .then(() => handler(req, res, Buffer.concat(chunks), url)).catch((error: unknown) => {
        if (!res.headersSent) sendJson(res, 500, { error: { message: String(error) } })
      })
    })
  })
  server.keepAliveTimeout = 1000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** Query string merged with a form-encoded or JSON body (platforms accept both). */
export function mergedParams(req: IncomingMessage, url: URL, body: Buffer): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {}
  const add = (key: string, value: string) => {
    const existing = params[key]
    if (existing === undefined) params[key] = value
    else params[key] = Array.isArray(existing) ? [...existing, value] : [existing, value]
  }
  url.searchParams.forEach((value, key) => add(key, value))
  const type = String(req.headers['content-type'] ?? '')
  if (body.length > 0 && type.includes('application/x-www-form-urlencoded')) {
    new URLSearchParams(body.toString('utf8')).forEach((value, key) => add(key, value))
  } else if (body.length > 0 && type.includes('application/json')) {
    try {
      const json = JSON.parse(body.toString('utf8')) as Record<string, unknown>
      for (const [key, value] of Object.entries(json)) {
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
          add(key, String(value))
      }
    } catch {
      // Not JSON after all: platforms answer with their own error for the missing params.
    }
  }
  return params
}

export function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...headers })
  res.end(text)
}

/** Close the socket without an answer: the client sees a network error / timeout. */
export function dropConnection(res: ServerResponse) {
  res.socket?.destroy()
}

export function bearerToken(req: IncomingMessage): string | undefined {
  const header = String(req.headers.authorization ?? '')
  return header.toLowerCase().startsWith('bearer ') ? header.slice(7).trim() : undefined
}
