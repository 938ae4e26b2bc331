import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { notFoundPage } from '@/site/fixedPages'

// This route only ever answers 404: its own title keeps the not-found title once scripts run.
export const metadata: Metadata = { title: notFoundPage.title }

/**
 * Any address no other route claims. Answering it here renders the NHS "page not found"
 * inside the site's own layout, with its header and urgent-help link.
 */
export default function Unmatched() {
  notFound()
}
