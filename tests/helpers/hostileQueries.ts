/**
 * A reproducible stream of hostile API requests: query strings with deep `where`, every operator
 * on every field, `depth`, `limit`, `page`, `sort`, `select`, `populate`, `draft`, `locale`, huge
 * numbers, arrays where scalars belong, prototype keys and malformed ids; and GraphQL documents
 * with deep nesting, aliases, fragments and huge lists.
 */
import { seededRandom } from './badInputs'

export type Target = { slug: string; fields: string[]; versions: boolean }
export type HostileRequest = { kind: 'rest'; method: 'GET' | 'PATCH' | 'DELETE'; path: string } | { kind: 'graphql'; query: string }

const OPERATORS = ['equals', 'not_equals', 'in', 'not_in', 'all', 'like', 'contains', 'exists', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'near', 'within', 'intersects', 'nope']
const PROTO = ['__proto__', 'constructor', 'prototype', '__proto__][polluted', 'constructor][prototype][polluted']
const HUGE = ['1e308', '-1e308', '9007199254740993', 'Infinity', 'NaN', '-0', '0x10', '1.5', '99999999999999999999999']
const IDS = ['abc', '0', '-1', '1.5', '1e308', 'NaN', '%00', '..%2F..', '507f1f77bcf86cd799439011', "1'%20OR%20'1'='1", '%5B%5D', '1%0d%0a', 'x'.repeat(300)]
const VALUES = [...HUGE, 'x', '', '%00', '%25', "'", '"', '\\', '%F0%9F%99%82', 'true', 'null', '2026-13-45', 'a'.repeat(2000)]
const LOCALES = ['en', 'all', '*', 'xx', '__proto__', '']
const MAX_NEST = 40

type Pick = <T>(items: readonly T[]) => T

/** Generates `count` requests from `seed` against the given collections and globals. */
export function hostileRequests(count: number, seed: number, targets: Target[], globals: string[]): HostileRequest[] {
  const random = seededRandom(seed)
  const pick: Pick = (items) => items[Math.floor(random() * items.length)]
  const int = (max: number) => Math.floor(random() * max)
  const requests: HostileRequest[] = []
  for (let index = 0; index < count; index++) {
    const target = pick(targets)
    const roll = random()
    if (roll < 0.15) requests.push({ kind: 'graphql', query: graphqlDocument(pick, int) })
    else if (roll < 0.25) requests.push({ kind: 'rest', method: pick(['GET', 'GET', 'PATCH', 'DELETE'] as const), path: `${target.slug}/${pick(IDS)}?${queryString(target, pick, int, random)}` })
    else if (roll < 0.32) requests.push({ kind: 'rest', method: 'GET', path: `globals/${pick(globals)}?${queryString(target, pick, int, random)}` })
    else if (roll < 0.4) requests.push({ kind: 'rest', method: 'GET', path: `${target.slug}/versions?${queryString(target, pick, int, random)}` })
    else if (roll < 0.45) requests.push({ kind: 'rest', method: 'GET', path: `${target.slug}/count?${queryString(target, pick, int, random)}` })
    else requests.push({ kind: 'rest', method: 'GET', path: `${target.slug}?${queryString(target, pick, int, random)}` })
  }
  return requests
}

/** Several hostile parameters joined into one query string. */
function queryString(target: Target, pick: Pick, int: (max: number) => number, random: () => number): string {
  const field = () => pick([...target.fields, 'id', 'nope', 'a.b.c', ...PROTO, `version.${pick(target.fields)}`])
  const parts: string[] = []
  const makers: Array<() => string> = [
    () => `depth=${pick(['100', '-1', '2', 'abc', ...HUGE, '[]'])}`,
    () => `limit=${pick(['100000', '0', '-5', '1', 'abc', ...HUGE])}`,
    () => `page=${pick(['0', '-1', '2', 'abc', ...HUGE])}`,
    () => `pagination=${pick(['false', 'true', '0', 'x'])}`,
    () => `sort=${pick(['', '-', '--', ',', `-${field()}`, `${field()},${field()}`, field()])}`,
    () => `select[${field()}]=${pick(['true', 'false', 'x'])}`,
    () => `populate[${pick(['forms', 'services', 'resources', 'users', 'nope'])}][${field()}]=true`,
    () => `draft=${pick(['true', 'false', 'yes'])}`,
    () => `locale=${pick(LOCALES)}&fallback-locale=${pick(LOCALES)}`,
    () => `trash=${pick(['true', 'x'])}`,
    () => `joins=${pick(['false', 'x'])}`,
    () => `where[${field()}][${pick(OPERATORS)}]=${pick(VALUES)}`,
    () => `where[${field()}][${pick(OPERATORS)}][${int(3)}]=${pick(VALUES)}&where[${field()}][${pick(OPERATORS)}][]=${pick(VALUES)}`,
    () => `where[${field()}][${pick(OPERATORS)}][${pick(PROTO)}]=1`,
    () => deepWhere(field(), pick, int),
    () => `${pick(PROTO)}[polluted]=yes&where[${pick(PROTO)}][equals]=1`,
    () => `depth=${pick(['1', '2'])}&depth=${pick(['100', 'x'])}&limit=1&limit=100000`,
  ]
  const count = 1 + Math.floor(random() * 4)
  for (let index = 0; index < count; index++) parts.push(pick(makers)())
  return parts.join('&')
}

/** A `where` nested through and/or many levels deep. */
function deepWhere(field: string, pick: Pick, int: (max: number) => number): string {
  const levels = 1 + int(MAX_NEST)
  let prefix = 'where'
  for (let level = 0; level < levels; level++) prefix += `[${pick(['and', 'or'])}][${int(3)}]`
  return `${prefix}[${field}][${pick(OPERATORS)}]=${pick(VALUES)}`
}

const GRAPHQL_ROOTS = ['Services', 'Resources', 'Policies', 'Forms', 'PublishedFormVersions', 'Submissions', 'Users', 'SupportLines', 'EligibilityCriteria']

/** A GraphQL document: deep nesting, many aliases, fragments (some cyclic), huge lists or bad ids. */
function graphqlDocument(pick: Pick, int: (max: number) => number): string {
  const root = pick(GRAPHQL_ROOTS)
  const shape = int(7)
  if (shape === 0) {
    let inner = 'id'
    for (let level = 0; level < 2 + int(30); level++) inner = `docs { id ${pick(['relatedResources', 'services', 'relatedResources', 'services', 'applicationForm'])} { ${inner} } }`
    return `{ ${root}(limit: ${pick(['100000', '-1', '0', '10'])}) { ${inner} } }`
  }
  if (shape === 1) {
    const aliases = Array.from({ length: 1 + int(500) }, (_, index) => `a${index}: ${root}(limit: 100000, depth: 100) { totalDocs docs { id } }`)
    return `{ ${aliases.join(' ')} }`
  }
  if (shape === 2) return `query { ${root}(limit: 100000) { docs { ...A } } } fragment A on ${root.replace(/s$/, '')} { id ...B } fragment B on ${root.replace(/s$/, '')} { id ...A }`
  if (shape === 3) return `{ ${root.replace(/s$/, '')}(id: ${pick(['"abc"', '0', '-1', '1e308', '"1.5"', '[1,2]', '{a:1}', 'null', '99999999999'])}) { id } }`
  if (shape === 4) return `{ ${root}(where: { ${pick(['id', 'title', 'slug', '__proto__', 'nope'])}: { ${pick(OPERATORS)}: ${pick(['"x"', '1e308', '[1,2,3]', 'null', '{a:1}', 'true'])} } }, page: ${pick(['1', '-1', '100000000', '0'])}, sort: "${pick(['-id', '__proto__', 'nope', ''])}") { docs { id } totalDocs } }`
  if (shape === 5) return `{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }`
  return pick(['', '{', '{ nope }', 'mutation { deleteService(id: "abc") { id } }', `{ ${root}(limit: ${'9'.repeat(30)}) { docs { id } } }`, `query Q($x: Int) { ${root}(limit: $x) { docs { id } } }`])
}
