import { notFound } from 'next/navigation'

// Any path under a locale that no route claims renders that locale's not-found page.
export default function CatchAll() {
  notFound()
}
