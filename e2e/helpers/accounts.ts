/** Demo accounts of the e2e server (seeded with WARTA_DEMO_PASSWORD shared by all of them). */
export const E2E_PASSWORD = process.env.WARTA_DEMO_PASSWORD || 'e2e-kata-sandi-demo'

export const ACCOUNTS = {
  admin: 'admin@warta.local',
  verifier: 'verifikator@warta.local',
  writerHealth: 'penulis.dinkes@warta.local',
  writerTransport: 'penulis.dishub@warta.local',
} as const
