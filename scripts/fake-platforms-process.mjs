// Starts scripts/fake-platforms.ts as a child process (plain Node; used by demo.mjs and
// e2e-server.mjs) and resolves with the WARTA_FAKE_PLATFORMS JSON it prints. The child stops with
// the parent.
import { spawn } from 'node:child_process'

export const startFakePlatforms = (env) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/fake-platforms.ts'], {
      env: { ...env, NODE_OPTIONS: '--conditions=development' },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let buffer = ''
    child.stdout.on('data', (chunk) => {
      buffer += chunk.toString()
      const match = /^WARTA_FAKE_PLATFORMS=(.+)$/m.exec(buffer)
      if (match) resolve(match[1])
    })
    child.on('exit', (code) => reject(new Error(`[warta] fake platforms exited (${code})`)))
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
    process.on('exit', () => child.kill('SIGTERM'))
  })
