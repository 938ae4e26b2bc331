import { z } from 'zod'

import { paths } from '@/site/paths'
import { payloadClient } from './client'
import { searchFixedPages } from './fixedSearch'

export const SEARCH_MAX_LENGTH = 100

export type SearchKind = 'help' | 'application' | 'service' | 'resource' | 'policy'

export type SearchHit = { kind: SearchKind; title: string; summary: string; href: string }

export type SearchResults = { query: string; groups: { kind: SearchKind; hits: SearchHit[] }[]; total: number }

const SOURCES = [
  { kind: 'service', collection: 'services', href: paths.service },
  { kind: 'resource', collection: 'resources', href: paths.resource },
  { kind: 'policy', collection: 'policies', href: paths.policy },
] as const

// Enough for a person to scan; the site has tens of documents, not thousands.
const HITS_PER_KIND = 20

const querySchema = z
  .string()
  .catch('')
  .transform((value) => value.replace(/\s+/g, ' ').trim().slice(0, SEARCH_MAX_LENGTH).trim())

/** The search words from a query-string value: first value only, whitespace tidied, capped. */
export function normaliseSearchQuery(raw: string | string[] | undefined): string {
  return querySchema.parse(Array.isArray(raw) ? raw[0] : raw)
}

/**
 * SQL's LIKE treats % and _ as wildcards and Payload passes them through, so "%" would match
 * everything; they carry no meaning in a search for words, so they are dropped.
 */
const likeSafe = (words: string): string =>
  words
    .replace(/[%_\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/**
 * Urgent help and the application forms first when their words match (someone typing "crisis"
 * or "apply" must not scroll), then published services, resources and policies whose title or
 * summary matches, grouped by kind.
 */
export async function searchContent(query: string): Promise<SearchResults> {
  const words = normaliseSearchQuery(query)
  const pattern = likeSafe(words)
  if (!pattern) return { query: words, groups: [], total: 0 }
  const payload = await payloadClient()
  const fixed = await searchFixedPages(pattern)
  const fixedGroups = (['help', 'application'] as const).map((kind) => ({
    kind,
    hits: fixed.filter((page) => page.kind === kind).map(({ title, summary, href }) => ({ kind, title, summary, href })),
  }))
  const contentGroups = await Promise.all(
    SOURCES.map(async ({ kind, collection, href }) => {
      const { docs } = await payload.find({
        collection,
        where: { or: [{ title: { like: pattern } }, { summary: { like: pattern } }] },
        depth: 0,
        limit: HITS_PER_KIND,
        select: { title: true, slug: true, summary: true },
        draft: false,
        overrideAccess: false,
      })
      const hits = docs.map((doc) => ({ kind, title: doc.title, summary: doc.summary, href: href(doc.slug) }))
      return { kind, hits }
    }),
  )
  const found = [...fixedGroups, ...contentGroups].filter((group) => group.hits.length > 0)
  return { query: words, groups: found, total: found.reduce((sum, group) => sum + group.hits.length, 0) }
}
