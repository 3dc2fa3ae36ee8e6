import 'server-only'

/**
 * HTML of a portal page rendered by Next itself (layout included), fetched from this same
 * server. A route handler cannot render the React layout but must choose the status code (410
 * for a retraction notice): it serves this HTML with its own status. Same self-request pattern as
 * the proxy's retraction list (src/data/portalProxy.ts). Null when the page cannot be had.
 */
export const renderInPortalLayout = async (origin: string, path: string): Promise<null | string> => {
  try {
    const response = await fetch(new URL(path, origin), { cache: 'no-store', signal: AbortSignal.timeout(5000) })
    return response.ok ? await response.text() : null
  } catch {
    return null
  }
}
