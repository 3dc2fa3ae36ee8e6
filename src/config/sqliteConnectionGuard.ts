type Client = {
  execute: (sql: string) => Promise<unknown>
  transaction: (mode?: 'deferred' | 'read' | 'write') => Promise<unknown>
}

const guarded = new WeakSet<object>()

/**
 * libsql hands its open connection to every `client.transaction()` and opens a fresh one for the
 * next statement — without the PRAGMAs the adapter set at connect. Payload runs every write in a
 * transaction, so after the first write this process waited 0 ms instead of `busy_timeout` for a
 * lock held by another process (web instance, worker) and failed with "database is locked".
 * This re-applies the per-connection PRAGMAs to each new connection as it is created.
 */
export const guardSqliteConnections = (client: Client, pragmas: string[]): void => {
  if (guarded.has(client) || pragmas.length === 0) return
  guarded.add(client)
  const begin = client.transaction.bind(client)
  client.transaction = async (mode) => {
    const transaction = await begin(mode)
    // The statement opens the replacement connection now, with the settings on it.
    for (const pragma of pragmas) await client.execute(pragma)
    return transaction
  }
}
