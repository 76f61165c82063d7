import { getImageProps } from 'next/image'
import { preload } from 'react-dom'

import type { Media } from '@/payload-types'

type Props = { media: Media; sizes: string; priority?: boolean; className?: string }

/**
 * An uploaded image through Next's image optimizer: resized to the visitor's screen and served as
 * WebP, with its width and height reserved (no layout shift) and the editor's alt text and focal
 * point. A plain `<img>` from getImageProps rather than next/image, which is a client component
 * and would add its code to every page with a picture.
 */
export function MediaImage({ media, sizes, priority = false, className }: Props) {
  if (!media.url || !media.width || !media.height) return null
  const { props } = getImageProps({
    className,
    src: media.url,
    alt: media.alt,
    width: media.width,
    height: media.height,
    sizes,
    preload: priority,
    style: { objectPosition: `${media.focalX ?? 50}% ${media.focalY ?? 50}%` },
  })
  // What next/image does for a preloaded image: fetched with the page, before the layout is known.
  if (priority) preload(props.src, { as: 'image', imageSrcSet: props.srcSet, imageSizes: props.sizes })
  // eslint-disable-next-line @next/next/no-img-element -- the attributes come from Next's optimizer.
  return <img {...props} alt={media.alt} />
}
