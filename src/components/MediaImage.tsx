import type { Media } from '@/payload-types'

type Props = { media: Media; sizes: string; priority?: boolean; className?: string }

/**
 * An image in the sizes Payload already made with sharp (WebP, 480/960/1920 px wide), with the
 * editor's alt text. A plain <img>: there is nothing left for Next's optimizer to do.
 */
export function MediaImage({ media, sizes, priority = false, className }: Props) {
  const candidates = (['thumbnail', 'card', 'hero'] as const)
    .map((name) => media.sizes?.[name])
    .filter((size) => size?.url && size.width)
    .map((size) => `${size!.url} ${size!.width}w`)
  const focus = `${media.focalX ?? 50}% ${media.focalY ?? 50}%`
  return (
    // eslint-disable-next-line @next/next/no-img-element -- pre-sized by Payload, see above
    <img
      className={className}
      src={media.sizes?.card?.url ?? media.url ?? ''}
      srcSet={candidates.join(', ') || undefined}
      sizes={sizes}
      alt={media.alt}
      width={media.sizes?.card?.width ?? media.width ?? undefined}
      height={media.sizes?.card?.height ?? media.height ?? undefined}
      style={{ objectPosition: focus }}
      loading={priority ? 'eager' : 'lazy'}
      decoding="async"
    />
  )
}
