import { describe, expect, it } from '@jest/globals'

import { whereProblem } from '@/http/whereShape'

describe('whereProblem', () => {
  it.each([
    [{ title: { equals: 'Coaching' } }, null],
    [{ title: { like: 'coach' }, _status: { equals: 'published' } }, null],
    [{ id: { in: ['1', '2'] } }, null],
    [{ id: { in: '1,2' } }, null],
    [{ or: [{ title: { exists: 'true' } }, { slug: { not_equals: 'x' } }] }, null],
    [{ and: { 0: { title: { equals: 'x' } } } }, null],
    [{ document: { equals: { relationTo: 'services', value: 1 } } }, null],
    [undefined, null],
    [{ title: { like: null } }, 'where[title][like]: needs text'],
    [{ title: { like: ['a'] } }, 'where[title][like]: needs text'],
    [{ createdAt: { less_than: { prototype: '1' } } }, 'where[createdAt][less_than]: needs a single value'],
    [{ publishedDate: { equals: ['x'] } }, 'where[publishedDate][equals]: needs a single value'],
    [{ id: { in: [{ a: 1 }] } }, 'where[id][in]: needs a list of values'],
    [{ filesize: { all: 'null' } }, 'where[filesize][all]: the operator "all" is not supported'],
    [{ focalX: { near: '1,2' } }, 'where[focalX][near]: the operator "near" is not supported'],
    [{ title: { nope: 'x' } }, 'where[title][nope]: the operator "nope" is unknown'],
    [{ title: 'x' }, 'where[title]: needs an operator, e.g. where[title][equals]=…'],
    [{ or: [{ and: [{ title: { within: 'x' } }] }] }, 'where[or][0][and][0][title][within]: the operator "within" is not supported'],
    ['x', 'where: needs field conditions'],
  ])('%j → %j', (where, expected) => {
    expect(whereProblem(where)).toBe(expected)
  })

  it('refuses and/or nested beyond 20 levels', () => {
    let where: Record<string, unknown> = { title: { equals: 'x' } }
    for (let level = 0; level < 25; level++) where = { or: [where] }
    expect(whereProblem(where)).toMatch(/nest more than 20 levels/)
  })
})
