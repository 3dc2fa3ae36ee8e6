import type { S3ClientConfig } from '@aws-sdk/client-s3'

import type { S3Settings } from '@/config/resolveS3Settings'

/** One client configuration for Payload's S3 adapter and Warta's own reads (MediaStore). */
export const s3ClientConfig = (s3: S3Settings): S3ClientConfig => ({
  region: s3.region,
  ...(s3.endpoint ? { endpoint: s3.endpoint } : {}),
  forcePathStyle: s3.forcePathStyle,
  ...(s3.credentials ? { credentials: s3.credentials } : {}),
  // Newer SDKs add CRC checksums (and aws-chunked bodies) by default, which several S3-compatible
  // stores reject or store verbatim; send and check them only where S3 requires them.
  requestChecksumCalculation: 'WHEN_REQUIRED',
  responseChecksumValidation: 'WHEN_REQUIRED',
})
