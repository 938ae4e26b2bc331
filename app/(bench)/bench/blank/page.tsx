import { notFound } from 'next/navigation'

import { env } from '@/config/env'

/** Benchmark baseline: a page of this app with nothing on it, for first-load JavaScript. */
export const dynamic = 'force-static'

export default function BlankPage() {
  if (!env().benchRoutes) notFound()
  return <main>Blank</main>
}
