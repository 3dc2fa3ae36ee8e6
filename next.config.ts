import type { NextConfig } from 'next'

import { withPayload } from '@payloadcms/next/withPayload'

const nextConfig: NextConfig = {
  // Separate build folders let benchmarks and parallel work build without clobbering .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // `npm run typecheck` (tsc --noEmit, run by CI) is the type gate; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  // googleapis is ~200 MB and loaded lazily by the YouTube adapter on the server only.
  serverExternalPackages: ['googleapis', 'sharp'],
  images: {
    // Media are served by Payload from /api/media/file/…; next/image optimises them locally.
    localPatterns: [{ pathname: '/api/media/file/**' }],
    formats: ['image/avif', 'image/webp'],
  },
  experimental: {
    turbopackFileSystemCacheForBuild: false,
    // Page and data caches live in memory only: a cache written to disk would outlive the
    // database it came from (restore, demo reset, e2e) and serve stale pages after a restart.
    isrFlushToDisk: false,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
