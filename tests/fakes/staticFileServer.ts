import { startHttpServer } from './http'

/**
 * Serves the JPEGs an adapter "publishes" so the Instagram fake can download them, like Meta
 * downloads image_url. `publishImage` matches the adapter's injected dependency.
 */
export async function startStaticFileServer() {
  const files = new Map<string, { body: Buffer; mimeType: string }>()
  const hits: string[] = []
  let seq = 0
  const server = await startHttpServer((req, res, _body, url) => {
    hits.push(url.pathname)
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
    const path = `/files/${name}`
    files.set(path, { body, mimeType })
    return `${server.url}${path}`
  }
  return {
    url: server.url,
    files,
    hits,
    put,
    /** The adapter dependency: store the buffer and return its public URL (unique per call). */
    publishImage: async (buffer: Buffer, name: string) => {
      seq += 1
      return put(`${seq}-${name}`, buffer, 'image/jpeg')
    },
    close: () => server.close(),
  }
}

export type StaticFileServer = Awaited<ReturnType<typeof startStaticFileServer>>
