import { resolveAdminOrigins } from '@/config/resolveAdminOrigins'

import { AdminAddressCheck } from './AdminAddressCheck.client'

/**
 * Before the login form: when the admin is opened at an address that is not in PUBLIC_URL /
 * ADMIN_ORIGINS, says in Indonesian which address to use (the session cookie would be refused
 * there after login).
 */
export const AdminAddressNotice = () => {
  let origins: string[] = []
  try {
    origins = resolveAdminOrigins({ publicUrl: process.env.PUBLIC_URL, adminOrigins: process.env.ADMIN_ORIGINS })
  } catch {
    // The config already refused to start with this message; nothing to add here.
  }
  return <AdminAddressCheck allowedOrigins={origins} />
}
