import type { TaskConfig, Where } from 'payload'

import type { News, User } from '@/payload-types'

import { publicUrl } from '@/config/publicUrl'
import { notificationMessage } from '@/email/notificationMessage'

const idOf = (value: unknown): number | string =>
  (typeof value === 'object' && value !== null && 'id' in value ? (value as { id: number | string }).id : value) as number | string

/** E-mails the desk (verifiers and admins) or the authors about a workflow transition. */
export const sendNotificationTask: TaskConfig<'sendNotification'> = {
  slug: 'sendNotification',
  label: 'Kirim notifikasi e-mail',
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 30_000 } },
  inputSchema: [
    { name: 'newsId', type: 'text', required: true },
    { name: 'action', type: 'text', required: true },
    { name: 'audience', type: 'select', options: ['authors', 'verifiers'], required: true },
    { name: 'comment', type: 'textarea' },
  ],
  outputSchema: [{ name: 'recipients', type: 'number' }],
  handler: async ({ input, req }) => {
    const item = (await req.payload.findByID({
      collection: 'news',
      id: input.newsId,
      draft: true,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })) as News | null
    if (!item) return { output: { recipients: 0 } }
    const where: Where =
      input.audience === 'verifiers'
        ? { roles: { in: ['verifier', 'admin'] } }
        : { id: { in: (item.authors ?? []).map(idOf) } }
    const { docs } = await req.payload.find({ collection: 'users', where, depth: 0, limit: 200, overrideAccess: true, req, pagination: false })
    const to = (docs as User[]).map((user) => user.email).filter(Boolean)
    if (to.length === 0) return { output: { recipients: 0 } }
    const { subject, text } = notificationMessage({
      action: input.action as Parameters<typeof notificationMessage>[0]['action'],
      title: item.title,
      editUrl: `${publicUrl()}/admin/collections/news/${item.id}`,
      comment: input.comment,
    })
    await req.payload.sendEmail({ to, subject, text })
    return { output: { recipients: to.length } }
  },
}
