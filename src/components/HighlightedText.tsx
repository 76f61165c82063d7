import { Fragment } from 'react'

import type { Highlighted } from '@/lib/data/search'

/** Text with the parts that matched a search in <mark>, built as React nodes (never as HTML). */
export function HighlightedText({ parts }: { parts: Highlighted }) {
  return (
    <>
      {parts.map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>,
      )}
    </>
  )
}
