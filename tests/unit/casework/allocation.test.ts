import { describe, expect, it } from '@jest/globals'

import { mayHoldReferral } from '@/casework/allocation'

describe('who may hold a referral of service 7', () => {
  it.each([
    ['an admin of no service', { roles: ['admin'], services: [] }, true],
    ['a case worker of service 7', { roles: ['caseworker'], services: [3, 7] }, true],
    ['a case worker of service 7 (populated)', { roles: ['caseworker'], services: [{ id: 7 }] }, true],
    ['a case worker of another service', { roles: ['caseworker'], services: [3] }, false],
    ['an editor of service 7', { roles: ['editor'], services: [7] }, false],
    ['a manager', { roles: ['manager'], services: [7] }, false],
    ['nobody', null, false],
  ])('%s: %s', (_, user, expected) => {
    expect(mayHoldReferral(user, 7)).toBe(expected)
  })

  it('holds no referral of no service, except an admin', () => {
    expect(mayHoldReferral({ roles: ['caseworker'], services: [7] }, null)).toBe(false)
    expect(mayHoldReferral({ roles: ['admin'] }, null)).toBe(true)
  })
})
