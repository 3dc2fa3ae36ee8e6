// tsx, which runs scripts/server.ts, switches Node's source-map support on for the whole process.
// Node then reads the source map of every module it loads and keeps it on the heap — Next's
// server chunks carry ~100 MB of maps — which raised the production server's resident memory by
// a fixed amount that no cache bound could reach. Production turns it off again before Next
// loads; WARTA_SOURCE_MAPS=on keeps mapped stack traces at that memory cost.
export const applySourceMapSetting = (env: NodeJS.ProcessEnv = process.env): boolean => {
  const enabled = env.NODE_ENV !== 'production' || env.WARTA_SOURCE_MAPS === 'on'
  process.setSourceMapsEnabled(enabled)
  return enabled
}

applySourceMapSetting()
