type RouteHandler = (request: Request, context?: unknown) => Promise<Response>

/**
 * GraphQL over HTTP answers 200 even when a query did not parse or validate (no `data` at all).
 * Such answers become 400 with an Indonesian lead-in, so clients and monitoring see a refusal.
 */
export const withGraphqlStatus =
  (handler: RouteHandler): RouteHandler =>
  async (request, context) => {
    const response = await handler(request, context)
    if (response.status !== 200 || !(response.headers.get('content-type') ?? '').includes('json')) return response
    const text = await response.text()
    type Body = { data?: unknown; errors?: { message?: string }[] }
    const body = ((): Body | null => {
      try {
        return JSON.parse(text) as Body
      } catch {
        return null
      }
    })()
    const headers = new Headers(response.headers)
    headers.delete('content-length')
    if (!body || body.data !== undefined || !Array.isArray(body.errors)) return new Response(text, { status: 200, headers })
    const errors = body.errors.map((error) => ({
      ...error,
      message: /^Kueri GraphQL/.test(error.message ?? '') ? error.message : `Kueri GraphQL tidak valid: ${error.message ?? ''}`,
    }))
    return new Response(JSON.stringify({ errors }), { status: 400, headers })
  }
