import { feedRoute } from '@/data/feedRoute'

export const GET = feedRoute.site('json')
