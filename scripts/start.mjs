// `npm start`: production server. Pending migrations are applied when Payload connects at boot
// (src/instrumentation.ts); with ADMIN_EMAIL/ADMIN_PASSWORD an empty database gets its admin.
import { runOrExit, startServer } from './lib.mjs'

runOrExit('tsx', ['scripts/preflight.ts'])
startServer({ ...process.env, NODE_ENV: 'production' })
