/** The webhook secret scripts/e2e-server.mjs gives the fake portal webhook (FAKE_HOOK_SECRET). */
export const E2E_WEBHOOK_SECRET = 'e2e-webhook-secret-0123456789'
