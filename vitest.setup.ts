// Tests never read the developer's .env: each suite sets what it needs.
process.env.PAYLOAD_TELEMETRY_DISABLED = 'true'
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? 'test' })
