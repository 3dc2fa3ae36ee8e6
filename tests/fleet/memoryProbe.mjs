// Preloaded (`--import`) into a web instance of the fleet suite started with `--expose-gc`: a
// loopback endpoint on MEMORY_PROBE_PORT that collects garbage (full GCs) and answers the heap
// and array-buffer bytes still in use. Test-only; the product has no such endpoint.
import http from 'node:http'

const port = Number(process.env.MEMORY_PROBE_PORT)
if (port && typeof globalThis.gc === 'function') {
  http
    .createServer(async (_req, res) => {
      // Several rounds, letting finalizers and weak callbacks run in between.
      for (let i = 0; i < 4; i++) {
        globalThis.gc()
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      const { heapUsed, arrayBuffers, rss } = process.memoryUsage()
      res.setHeader('Content-Type', 'application/json')
      res.end(JSON.stringify({ heapUsed, arrayBuffers, rss }))
    })
    .listen(port, '127.0.0.1')
    .unref()
}
