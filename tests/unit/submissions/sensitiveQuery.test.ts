import { describe, expect, it } from '@jest/globals'

import { sensitiveQueryFields } from '@/submissions/sensitiveQuery'

describe('sensitiveQueryFields', () => {
  it.each([
    ['no query', {}, []],
    ['a where on other fields', { where: { status: { equals: 'new' }, 'routedService.title': { like: 'x' } } }, []],
    ['a where on an answer', { where: { 'answers.harmThoughts': { equals: 'yes' } } }, ['answers']],
    ['a where on the answers as a whole', { where: { answers: { exists: true } } }, ['answers']],
    ['a where on a note, as GraphQL writes it', { where: { notes__text: { like: 'x' } } }, ['notes']],
    ['and/or at any depth', { where: { and: [{ status: { equals: 'new' } }, { or: [{ 'notes.author': { exists: true } }] }] } }, ['notes']],
    ['and/or as the query string parses it', { where: { or: { 0: { 'answers.x': { equals: 1 } } } } }, ['answers']],
    ['a descending sort', { sort: '-answers.firstName' }, ['answers']],
    ['a sort list in text', { sort: 'status, notes.at' }, ['notes']],
    ['a sort array', { sort: ['-priority', 'answers.region'] }, ['answers']],
    ['distinct values of a field', { field: 'notes.text' }, ['notes']],
    ['both, in a stable order', { where: { 'notes.text': { like: 'x' } }, sort: 'answers.a' }, ['answers', 'notes']],
    ['a field whose name only starts alike', { where: { answersCount: { equals: 1 }, notesSeen: { equals: true } } }, []],
  ])('%s', (_name, query, fields) => {
    expect(sensitiveQueryFields(query)).toEqual(fields)
  })
})
