import Image from 'next/image'

import type { Media } from '@/payload-types'

import { type ImageSizeName, mediaSize } from '@/data/media'

type Props = { media: Media; size?: ImageSizeName; priority?: boolean; sizes?: string }

/** An image with its alt text, caption and credit, from a sharp derivative. */
export function Figure({ media, size = 'wide', priority = false, sizes = '(max-width: 60rem) 100vw, 60rem' }: Props) {
  const image = mediaSize(media, size)
  if (!image.src) return null
  return (
    <figure className="figure">
      <Image src={image.src} width={image.width} height={image.height} alt={media.alt} priority={priority} sizes={sizes} />
      {media.caption || media.credit ? (
        <figcaption>
          {media.caption}
          {media.credit ? <span className="credit"> Foto: {media.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
