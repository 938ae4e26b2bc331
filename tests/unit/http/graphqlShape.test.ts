import { describe, expect, it } from '@jest/globals'

import { graphqlShapeProblem } from '@/http/graphqlShape'

const nested = (levels: number) => {
  let inner = 'id'
  for (let level = 0; level < levels; level++) inner = `docs { relatedResources { ${inner} } }`
  return `{ Services { ${inner} } }`
}

describe('graphqlShapeProblem', () => {
  it.each([
    ['a flat query', '{ Services { docs { id title } } }', null],
    ['six levels', '{ a { b { c { d { e { f } } } } } }', null],
    ['nesting through relationships', nested(5), /nests 11 levels/],
    ['fragments within the limit', '{ Services { ...A } } fragment A on Services { docs { relatedResources { ...B } } } fragment B on Resource { services { docs { id } } relatedResources { services { id } } }', null],
    ['nesting hidden in fragments', '{ Services { ...A } } fragment A on Services { docs { relatedResources { ...B } } } fragment B on Resource { services { docs { relatedResources { services { id } } } } }', /nests 7 levels/],
    ['a fragment cycle', '{ Services { docs { ...A } } } fragment A on Service { id ...B } fragment B on Service { id ...A }', /cycle/],
    ['a fragment spreading itself', '{ Services { docs { ...A } } } fragment A on Service { ...A }', /cycle/],
    ['text that does not parse (left to Payload)', '{', null],
    ['no query', undefined, null],
  ])('%s', (_label, query, expected) => {
    const problem = graphqlShapeProblem(query, 6)
    if (expected === null) expect(problem).toBeNull()
    else expect(problem).toMatch(expected)
  })
})
