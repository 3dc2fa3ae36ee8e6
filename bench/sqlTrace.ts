import type { Payload } from 'payload'

export type Statement = { sql: string; args: unknown[]; ms: number }
type Executable = { execute: (stmt: unknown) => Promise<unknown> }

/**
 * Records every SQL statement the SQLite adapter sends through its libsql client, with its time,
 * so a bench can show where a request's database time goes. Returns a function that stops it.
 */
export const traceSql = (payload: Payload, sink: Statement[]): (() => void) => {
  const client = (payload.db as unknown as { client?: Executable }).client
  if (!client) return () => {}
  const original = client.execute.bind(client)
  client.execute = async (stmt: unknown) => {
    const started = performance.now()
    try {
      return await original(stmt)
    } finally {
      const { sql, args } =
        typeof stmt === 'string' ? { sql: stmt, args: [] } : (stmt as { sql: string; args?: unknown[] })
      sink.push({ sql, args: args ?? [], ms: performance.now() - started })
    }
  }
  return () => {
    client.execute = original
  }
}
