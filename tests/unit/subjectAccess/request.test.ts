import { describe, expect, it } from '@jest/globals'

import { parseErasure, parseSubjectEmail, problemOf, SUBJECT_ACCESS_MESSAGES as M } from '@/subjectAccess/request'

describe('parseSubjectEmail', () => {
  it.each([
    [' Pat.Doe@Example.ORG ', { ok: true, email: 'pat.doe@example.org' }],
    [undefined, { ok: false, errors: [{ field: 'email', message: M.missing }] }],
    ['   ', { ok: false, errors: [{ field: 'email', message: M.missing }] }],
    [42, { ok: false, errors: [{ field: 'email', message: M.missing }] }],
    ['pat.doe', { ok: false, errors: [{ field: 'email', message: M.format }] }],
    ['pat doe@example.org', { ok: false, errors: [{ field: 'email', message: M.format }] }],
    [`${'a'.repeat(250)}@example.org`, { ok: false, errors: [{ field: 'email', message: M.format }] }],
  ])('%j → %j', (given, expected) => {
    expect(parseSubjectEmail(given)).toEqual(expected)
  })
})

describe('parseErasure', () => {
  it.each([
    [{ email: 'pat@example.org', confirmEmail: ' PAT@example.org ' }, { ok: true, email: 'pat@example.org' }],
    [{ email: 'pat@example.org' }, { ok: false, errors: [{ field: 'confirmEmail', message: M.confirmMissing }] }],
    [{ email: 'pat@example.org', confirmEmail: 'pat@example.com' }, { ok: false, errors: [{ field: 'confirmEmail', message: M.mismatch }] }],
    [{ confirmEmail: 'pat@example.org' }, { ok: false, errors: [{ field: 'email', message: M.missing }] }],
    [{ email: 'pat', confirmEmail: 'pat' }, { ok: false, errors: [{ field: 'email', message: M.format }] }],
  ])('%j → %j', (body, expected) => {
    expect(parseErasure(body)).toEqual(expected)
  })

  it('names each message by a code a redirect can carry', () => {
    for (const [code, message] of Object.entries(M)) expect(problemOf(message)).toBe(code)
    expect(problemOf('anything else')).toBeUndefined()
  })
})
