import type { Payload } from 'payload'

export const seedDemo = async (_payload: Payload, _options: { adminEmail?: string; adminPassword?: string }) => {}
