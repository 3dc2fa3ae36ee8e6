/** A media key as stored (`a/b.jpg`), or undefined when it is empty or could escape the store. */
export const safeMediaKey = (key: string): string | undefined => {
  if (!key || key.includes('\\') || key.includes('\0') || key.startsWith('/')) return undefined
  const segments = key.split('/')
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return undefined
  return key
}
