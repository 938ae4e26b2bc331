import type { CollectionSlug } from 'payload'

import { placeholderPdf } from '@/seed/placeholderPdf'

import type { Caller } from './cells'
import type { Id, World } from './world'

type Data = Record<string, unknown>

/** How the table's runner makes, creates and changes documents of one target. */
export type CollectionTarget = {
  /** A fresh document, stored as the server would (a target about the caller returns theirs). */
  make: (world: World, caller: Caller) => Promise<Id>
  /** A valid body to create one, for REST (JSON) and GraphQL (variables) alike. */
  create: (world: World, caller: Caller) => Data
  /** A change marked `n`, and whether a stored document shows it. */
  update: (n: number) => Data
  applied: (doc: Data, n: number) => boolean
  /** Fields GraphQL's update input requires besides the change (groups with required fields). */
  graphqlUpdate?: Data
  /** The REST path segment naming a document, when it is not its id. */
  restPath?: (world: World, id: Id) => Promise<string>
  /** GraphQL names: one document, many documents. */
  gql: [string, string]
  /** Created by multipart upload (a file and `_payload`). */
  upload?: true
}

const marked = (n: number) => `Changed ${n}`
/** A change to one text field, seen on the stored document. */
export const textChange = (field: string) => ({
  update: (n: number) => ({ [field]: marked(n) }),
  applied: (doc: Data, n: number) => doc[field] === marked(n),
})
/** Stores one document with access overridden, as server code does; returns its id. */
export const stored = async (world: World, collection: string, data: Data, options: Data = {}): Promise<Id> =>
  (await world.payload.create({ collection: collection as CollectionSlug, data: data as never, depth: 0, ...options })).id

const pdf = () => placeholderPdf('Access table')

const service = (world: World, status: 'published' | 'draft'): Data => ({
  ...titled(world, 'service'),
  summary: 'A service made by the access table.',
  firstContactWorkingDays: 10,
  group: 'tab',
  _status: status,
})
const resource = (world: World, status: 'published' | 'draft'): Data => ({
  ...titled(world, 'resource'),
  type: 'podcast',
  summary: 'A resource made by the access table.',
  _status: status,
})
const policy = (world: World, status: 'published' | 'draft'): Data => ({
  ...titled(world, 'policy'),
  summary: 'A policy made by the access table.',
  document: world.mediaId,
  _status: status,
})
/** A unique title and its slug (GraphQL's input requires the slug the admin fills in). */
const titled = (world: World, kind: string) => {
  const n = world.next()
  return { title: `Access ${kind} ${n}`, slug: `access-${kind}-${n}` }
}
const email = { subject: 'Subject', body: 'Body' }

/** A versioned content collection: a published target and a never-published draft. */
function versioned(collection: string, data: (world: World, status: 'published' | 'draft') => Data, gql: [string, string]) {
  const base = { create: (world: World) => data(world, 'published'), ...textChange('summary'), gql }
  return {
    [collection]: { ...base, make: (world: World) => stored(world, collection, data(world, 'published')) },
    [`${collection} (draft)`]: { ...base, make: (world: World) => stored(world, collection, data(world, 'draft'), { draft: true }) },
  }
}

export const contentTargets: Record<string, CollectionTarget> = {
  ...versioned('services', service, ['Service', 'Services']),
  ...versioned('resources', resource, ['Resource', 'Resources']),
  ...versioned('policies', policy, ['Policy', 'Policies']),
  'support-lines': {
    make: (world) => stored(world, 'support-lines', { name: `Access line ${world.next()}` }),
    create: (world) => ({ name: `Access line ${world.next()}` }),
    ...textChange('whoFor'),
    gql: ['SupportLine', 'SupportLines'],
  },
  'eligibility-criteria': {
    make: (world) => stored(world, 'eligibility-criteria', eligibilityRule(world)),
    create: (world) => eligibilityRule(world),
    ...textChange('explanation'),
    graphqlUpdate: { when: { match: 'all' } },
    gql: ['EligibilityCriterion', 'EligibilityCriteria'],
  },
  media: {
    make: async (world) => {
      const data = pdf()
      const file = { data, mimetype: 'application/pdf', name: `access-${world.next()}.pdf`, size: data.length }
      return (await world.payload.create({ collection: 'media', data: { title: 'Access file' }, file, depth: 0 })).id
    },
    create: (world) => ({ title: `Access file ${world.next()}` }),
    ...textChange('title'),
    gql: ['Media', 'allMedia'],
    upload: true,
  },
  forms: {
    make: (world) => stored(world, 'forms', draftForm(world), { draft: true }),
    create: (world) => draftForm(world),
    ...textChange('intro'),
    graphqlUpdate: { traineeEmail: email, serviceEmail: email, urgentEmail: email },
    gql: ['Form', 'Forms'],
  },
  'form-versions': {
    make: (world) => stored(world, 'form-versions', formVersion(world)),
    create: (world) => formVersion(world),
    ...textChange('slug'),
    gql: ['PublishedFormVersion', 'PublishedFormVersions'],
  },
}

function eligibilityRule(world: World): Data {
  const n = world.next()
  return { title: `Access rule ${n}`, key: `access-rule-${n}`, role: 'route', explanation: 'Made by the access table.', when: { match: 'all' } }
}
function draftForm(world: World): Data {
  const n = world.next()
  const messages = { confirmation: 'Thank you.', traineeEmail: email, serviceEmail: email, urgentEmail: email }
  return { title: `Access form ${n}`, slug: `access-form-${n}`, _status: 'draft', retentionDays: 365, urgentContactWorkingDays: 1, ...messages }
}
function formVersion(world: World): Data {
  return { form: world.formId, slug: 'access-copy', version: 900 + world.next(), definition: {}, messages: {}, retentionDays: 30 }
}

export const pdfFile = pdf
