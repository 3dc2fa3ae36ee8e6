import type { APIRequestContext, APIResponse, Page } from '@playwright/test'

type Options = Parameters<APIRequestContext['post']>[1]

/**
 * `page.request` with the page's Origin. With a csrf origin list configured, Payload ignores the
 * session cookie of a request carrying neither Origin nor Sec-Fetch-Site (browsers always send
 * them; Playwright's request context does not), so a signed-in test would be treated as anonymous.
 */
export const apiOf = (page: Page) => {
  const origin = (): string => {
    const url = page.url()
    return url.startsWith('http') ? new URL(url).origin : process.env.E2E_BASE_URL || `http://localhost:${process.env.E2E_PORT || 3210}`
  }
  const withOrigin = (options?: Options): Options => ({ ...options, headers: { origin: origin(), ...(options?.headers ?? {}) } })
  return {
    get: (url: string, options?: Options): Promise<APIResponse> => page.request.get(url, withOrigin(options)),
    post: (url: string, options?: Options): Promise<APIResponse> => page.request.post(url, withOrigin(options)),
    patch: (url: string, options?: Options): Promise<APIResponse> => page.request.patch(url, withOrigin(options)),
    delete: (url: string, options?: Options): Promise<APIResponse> => page.request.delete(url, withOrigin(options)),
  }
}
