import type { SerializedLinkNode } from '@payloadcms/richtext-lexical'
import { type JSXConvertersFunction, RichText } from '@payloadcms/richtext-lexical/react'

import { contentPath } from '@/site/paths'
import { safeHrefOrUndefined } from '@/site/safeHref'

/** An internal link points at a document; its public address follows from its collection and slug. */
function internalHref(fields: SerializedLinkNode['fields']): string {
  const doc = fields.doc
  if (!doc || typeof doc.value !== 'object' || doc.value === null) return '#'
  const slug = doc.value.slug
  return typeof slug === 'string' ? contentPath(doc.relationTo, slug) : '#'
}

/**
 * NHS list classes, and links that always open in the same tab: the service manual asks not to
 * open new windows, which disorient screen-reader and magnifier users. Only safe links are kept
 * (no `javascript:` or `data:`): the editor's own link check lets those through.
 */
const nhsConverters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  list: ({ node, nodesToJSX }) => {
    const children = nodesToJSX({ nodes: node.children })
    return node.tag === 'ol' ? (
      <ol className="nhsuk-list nhsuk-list--number">{children}</ol>
    ) : (
      <ul className="nhsuk-list nhsuk-list--bullet">{children}</ul>
    )
  },
  link: ({ node, nodesToJSX }) => {
    const href = node.fields.linkType === 'internal' ? internalHref(node.fields) : (safeHrefOrUndefined(node.fields.url) ?? '#')
    return <a href={href}>{nodesToJSX({ nodes: node.children })}</a>
  },
  autolink: ({ node, nodesToJSX }) => {
    return <a href={safeHrefOrUndefined(node.fields.url) ?? '#'}>{nodesToJSX({ nodes: node.children })}</a>
  },
})

type EditorState = Parameters<typeof RichText>[0]['data']

// Payload's generated types describe rich text loosely; the editor state shape is the same.
type RichTextBodyProps = { data: { root: object } | null | undefined }

/** Editor-written rich text rendered as NHS-styled HTML, no client code. */
export function RichTextBody({ data }: RichTextBodyProps) {
  if (!data) return null
  return <RichText data={data as EditorState} converters={nhsConverters} disableContainer />
}
