/** Posts one GraphQL query to Payload's GraphQL route handler (no HTTP server). */
export type GraphqlCall = (
  query: string,
  token?: string,
) => Promise<{ status: number; data?: Record<string, unknown> | null; errors?: { message: string }[] }>

export const graphqlClient = async (): Promise<GraphqlCall> => {
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('@payload-config')
  const handler = GRAPHQL_POST(config)
  return async (query, token) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    if (token) headers.Authorization = `JWT ${token}`
    const response = await handler(new Request('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }))
    const json = (await response.json().catch(() => ({}))) as { data?: Record<string, unknown> | null; errors?: { message: string }[] }
    return { status: response.status, ...json }
  }
}
