import type { AddressInfo } from 'node:net'

import { S3 } from '@aws-sdk/client-s3'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import http from 'node:http'
import S3rver from 's3rver'

export interface TestS3Server {
  endpoint: string
  bucket: string
  /** The `S3_*` environment that points Warta at this server. */
  env: Record<string, string>
  /** A client for assertions (lists and reads objects directly, not through Warta). */
  client: S3
  keys(prefix?: string): Promise<string[]>
  /** Requests the server received (`METHOD /bucket/key`), oldest first; `clear` empties it. */
  requests: { log: string[]; clear(): void }
  stop(): Promise<void>
}

/**
 * A local S3-compatible server (s3rver) on a free loopback port with one bucket, for tests: no
 * service to install, started and removed by the test itself. s3rver checks SigV4 signatures
 * against its fixed credentials S3RVER/S3RVER.
 */
export async function startS3Server({ bucket = 'warta-media', prefix }: { bucket?: string; prefix?: string } = {}): Promise<TestS3Server> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'warta-s3rver-'))
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] })
  const address = (await server.run()) as AddressInfo
  // A logging pass-through in front of s3rver, so tests can count the round trips Warta makes.
  const log: string[] = []
  const front = http.createServer((req, res) => {
    log.push(`${req.method} ${decodeURIComponent((req.url ?? '').split('?')[0] ?? '')}`)
    const upstream = http.request({ host: '127.0.0.1', port: address.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve))
  const endpoint = `http://127.0.0.1:${(front.address() as AddressInfo).port}`
  const env: Record<string, string> = {
    S3_BUCKET: bucket,
    S3_ENDPOINT: endpoint,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
    ...(prefix ? { S3_PREFIX: prefix } : {}),
  }
  const client = new S3({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  })
  return {
    endpoint,
    bucket,
    env,
    client,
    async keys(keyPrefix = '') {
      const keys: string[] = []
      let token: string | undefined
      do {
        const page = await client.listObjectsV2({ Bucket: bucket, Prefix: keyPrefix, ContinuationToken: token })
        keys.push(...(page.Contents ?? []).map((object) => object.Key ?? ''))
        token = page.NextContinuationToken
      } while (token)
      return keys.sort()
    },
    requests: { log, clear: () => void log.splice(0) },
    async stop() {
      client.destroy()
      await new Promise<void>((resolve) => front.close(() => resolve()))
      await server.close()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
