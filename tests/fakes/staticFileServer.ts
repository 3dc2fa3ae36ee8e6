import { startHttpServer } from './http'

/**
 * Serves the JPEGs an adapter "publishes" so the Instagram fake can download them, like Meta
 * downloads image_url. `publishImage` matches the adapter's injected dependency.
 */
export async function startStaticFileServer(
  options: {
    /** Served at /robots.txt (absent: 404, which crawlers read as "no rules"). */
    robotsTxt?: string
    /** Where published files live; Warta serves them at /api/syndications/images/. */
    pathPrefix?: string
  } = {},
) {
  const files = new Map<string, { body: Buffer; mimeType: string }>()
  const hits: string[] = []
  const state = { robotsTxt: options.robotsTxt, pathPrefix: options.pathPrefix ?? '/files/' }
  let seq = 0
  const server = await startHttpServer((req, res, _body, url) => {
    hits.push(url.pathname)
    if (url.pathname === '/robots.txt' && state.robotsTxt !== undefined) {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
      res.end(state.robotsTxt)
      return
    }
    const file = files.get(decodeURIComponent(url.pathname))
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.end('not found')
      return
    }
    res.writeHead(200, { 'content-type': file.mimeType, 'content-length': String(file.body.length) })
    res.end(req.method === 'HEAD' ? undefined : file.body)
  })
  const put = (name: string, body: Buffer, mimeType = 'image/jpeg') => {
    const path = `${state.pathPrefix}${name}`
    files.set(path, { body, mimeType })
    return `${server.url}${path}`
  }
  return {
    url: server.url,
    files,
    hits,
    put,
    /** Serve this robots.txt (undefined: 404) and publish under this prefix from now on. */
    configure(next: { robotsTxt?: string; pathPrefix?: string }) {
      state.robotsTxt = next.robotsTxt
      state.pathPrefix = next.pathPrefix ?? '/files/'
    },
    /** The adapter dependency: store the buffer and return its public URL (unique per call). */
    publishImage: async (buffer: Buffer, name: string) => {
      seq += 1
      return put(`${seq}-${name}`, buffer, 'image/jpeg')
    },
    close: () => server.close(),
  }
}

export type StaticFileServer = Awaited<ReturnType<typeof startStaticFileServer>>
