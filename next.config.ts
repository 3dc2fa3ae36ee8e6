import type { NextConfig } from 'next'

import { withPayload } from '@payloadcms/next/withPayload'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

import { ADMIN_HEADERS, PORTAL_HEADERS } from './src/security/securityHeaders'

const nextConfig: NextConfig = {
  // Separate build folders let benchmarks and parallel work build without clobbering .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Next's data and page cache shared in Redis by every instance (docs/deploy.md). Always named,
  // so one build serves a single instance and a fleet: the handler decides per process at run
  // time — Redis when scripts/server.ts connected the fleet (REDIS_URL), Next's own file-system/
  // memory cache otherwise (single instance, `next build`). A build made without REDIS_URL used
  // to leave every fleet instance on its own private cache (stale pages on the other instances).
  cacheHandler: path.resolve(dirname, 'src/cache/nextCacheHandler.mjs'),
  // `npm run typecheck` (tsc --noEmit, run by CI) is the type gate; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  // googleapis is ~200 MB and loaded lazily by the YouTube adapter on the server only.
  serverExternalPackages: ['googleapis', 'sharp'],
  images: {
    // Media are served by Payload from /api/media/file/…; next/image optimises them locally.
    localPatterns: [{ pathname: '/api/media/file/**' }],
    formats: ['image/avif', 'image/webp'],
  },
  // Security headers (src/security/securityHeaders.ts): the admin is never framed; HSTS is added
  // at runtime by scripts/server.ts when PUBLIC_URL is https.
  async headers() {
    return [
      // Later rules override earlier ones for the same header: the admin's stricter set wins there.
      { source: '/:path*', headers: PORTAL_HEADERS },
      { source: '/admin', headers: ADMIN_HEADERS },
      { source: '/admin/:path*', headers: ADMIN_HEADERS },
    ]
  },
  experimental: {
    turbopackFileSystemCacheForBuild: false,
    // Page and data caches live in memory only: a cache written to disk would outlive the
    // database it came from (restore, demo reset, e2e) and serve stale pages after a restart.
    isrFlushToDisk: false,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
