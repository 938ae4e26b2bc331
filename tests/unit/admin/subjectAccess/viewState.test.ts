import { describe, expect, it } from '@jest/globals'

import { viewState } from '@/admin/subjectAccess/viewState'
import { SUBJECT_ACCESS_MESSAGES as M } from '@/subjectAccess/request'

describe('the subject-access view reads its query', () => {
  it.each([
    ['nothing asked', {}, { typed: '', errors: [] }],
    ['a search', { email: ' Pat@Example.org ' }, { typed: ' Pat@Example.org ', email: 'pat@example.org', errors: [] }],
    ['an empty search', { email: '' }, { typed: '', errors: [{ field: 'email', message: M.missing }] }],
    ['a malformed search', { email: 'pat' }, { typed: 'pat', errors: [{ field: 'email', message: M.format }] }],
    [
      'a refused erasure',
      { email: 'pat@example.org', eraseError: 'mismatch' },
      { typed: 'pat@example.org', email: 'pat@example.org', errors: [{ field: 'confirmEmail', message: M.mismatch }] },
    ],
    ['an unknown problem code, ignored', { email: 'pat@example.org', eraseError: '<script>' }, { typed: 'pat@example.org', email: 'pat@example.org', errors: [] }],
    ['a prototype key as a code, ignored', { eraseError: 'constructor' }, { typed: '', errors: [] }],
    ['repeated keys: the first', { email: ['a@example.org', 'b@example.org'] }, { typed: 'a@example.org', email: 'a@example.org', errors: [] }],
    [
      'an erasure done',
      { erased: '1', referrals: '2', notes: '1', formSessions: 'x', emailJobs: '-3' },
      { typed: '', errors: [], erased: { referrals: 2, notes: 1, formSessions: 0, emailJobs: 0 } },
    ],
  ])('%s', (_, params, expected) => {
    expect(viewState(params)).toEqual(expected)
  })
})
