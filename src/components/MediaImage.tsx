import Image from 'next/image'

import type { Media } from '@/payload-types'

type Props = { media: Media; sizes: string; priority?: boolean; className?: string }

/**
 * An uploaded image through next/image: resized to the visitor's screen and served as WebP, with
 * its width and height reserved (no layout shift) and the editor's alt text and focal point.
 */
export function MediaImage({ media, sizes, priority = false, className }: Props) {
  if (!media.url || !media.width || !media.height) return null
  return (
    <Image
      className={className}
      src={media.url}
      alt={media.alt}
      width={media.width}
      height={media.height}
      sizes={sizes}
      priority={priority}
      style={{ objectPosition: `${media.focalX ?? 50}% ${media.focalY ?? 50}%` }}
    />
  )
}
