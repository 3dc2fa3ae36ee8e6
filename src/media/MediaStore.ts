/**
 * Bytes of uploads and their derivatives, wherever they live (local `MEDIA_DIR` or an S3 bucket).
 * Keys are relative POSIX paths (`photo.jpg`, `syndication/ab12-photo.jpg`); a key that could
 * leave the store (`..`, absolute, backslashes) is treated as absent.
 */
export interface MediaStore {
  readonly kind: 'local' | 's3'
  /** Where the bytes are, for logs and messages (never a credential). */
  readonly location: string
  /** The object's bytes, or undefined when there is no such object. Other failures throw. */
  read(key: string): Promise<Buffer | undefined>
  /** The object's size in bytes, or undefined when there is no such object. */
  size(key: string): Promise<number | undefined>
  write(key: string, body: Buffer, contentType: string): Promise<void>
}
