// `npm run seed`: seeds the demo into DATABASE_URI when it has no users (migrating it first).
import { getPayload } from 'payload'

const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
const { seedDemo } = await import('../src/seed/seedDemo')
const summary = await seedDemo(payload, {
  adminEmail: process.env.ADMIN_EMAIL,
  adminPassword: process.env.ADMIN_PASSWORD,
  log: (message) => console.log(message),
})
console.log(summary.seeded ? `[warta] seeded ${summary.news} news items` : '[warta] nothing seeded')
await payload.destroy()
process.exit(0)
