import { NotFoundNotice } from '@/components/PortalChrome/NotFoundNotice'

export default function NotFound() {
  return <NotFoundNotice />
}
