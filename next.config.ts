import type { NextConfig } from 'next'

import { withPayload } from '@payloadcms/next/withPayload'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // googleapis is ~200 MB and loaded lazily by the YouTube adapter on the server only.
  serverExternalPackages: ['googleapis', 'sharp'],
  images: {
    // Media are served by Payload from /api/media/file/…; next/image optimises them locally.
    localPatterns: [{ pathname: '/api/media/file/**' }],
    formats: ['image/avif', 'image/webp'],
  },
  experimental: {
    turbopackFileSystemCacheForBuild: false,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
