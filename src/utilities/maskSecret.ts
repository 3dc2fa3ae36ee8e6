/**
 * Masks a secret for display in the admin: "••••abcd". Short secrets show no characters at all,
 * so the mask never reveals a meaningful share of them.
 */
export function maskSecret(secret: string | null | undefined, visible = 4): string {
  if (!secret) return ''
  if (secret.length <= visible * 2) return '••••'
  return `••••${secret.slice(-visible)}`
}
