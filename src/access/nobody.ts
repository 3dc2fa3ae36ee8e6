import type { Access } from 'payload'

/** Denied through every API; only trusted server code with overrideAccess may act. */
export const nobody: Access = () => false
