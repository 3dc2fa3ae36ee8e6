import { randomBytes } from 'node:crypto'

export type DemoAccount = {
  key: 'admin' | 'verifier' | 'writerHealth' | 'writerTransport'
  email: string
  name: string
  roles: ('admin' | 'verifier' | 'writer')[]
  units: string[]
  password: string
}

/** One admin, one verifier and two writers; passwords are random (or `shared`, for tests) and printed once. */
export const demoAccounts = (admin?: { email?: string; password?: string }, shared?: string): DemoAccount[] => {
  const password = () => shared || randomBytes(9).toString('base64url')
  return [
  {
    key: 'admin',
    email: admin?.email || 'admin@warta.local',
    name: 'Admin Humas',
    roles: ['admin'],
    units: [],
    password: admin?.password || password(),
  },
  { key: 'verifier', email: 'verifikator@warta.local', name: 'Rina Verifikator', roles: ['verifier'], units: [], password: password() },
  {
    key: 'writerHealth',
    email: 'penulis.dinkes@warta.local',
    name: 'Budi Penulis Dinkes',
    roles: ['writer'],
    units: ['Dinkes', 'Humas Setda'],
    password: password(),
  },
  {
    key: 'writerTransport',
    email: 'penulis.dishub@warta.local',
    name: 'Sari Penulis Dishub',
    roles: ['writer'],
    units: ['Dishub', 'Dispar'],
    password: password(),
  },
  ]
}
