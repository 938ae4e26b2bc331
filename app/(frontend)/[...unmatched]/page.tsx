import { notFound } from 'next/navigation'

/**
 * Any address no other route claims. Answering it here renders the NHS "page not found"
 * inside the site's own layout, with its header and urgent-help link.
 */
export default function Unmatched() {
  notFound()
}
