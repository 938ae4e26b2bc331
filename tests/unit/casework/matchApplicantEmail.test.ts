import { describe, expect, it } from '@jest/globals'

import { applicantEmailOf, emailsMatch } from '@/casework/matchApplicantEmail'

describe('applicantEmailOf', () => {
  it.each([
    ['the plain copy', { applicantEmail: 'amira@example.org', answers: { email: 'other@example.org' } }, 'amira@example.org'],
    ['the answer when the copy is empty', { applicantEmail: '', answers: { email: ' amira@example.org ' } }, 'amira@example.org'],
    ['the answer when the copy is missing', { applicantEmail: null, answers: { email: 'amira@example.org' } }, 'amira@example.org'],
    ['nothing when neither is there', { answers: { firstName: 'Amira' } }, ''],
    ['nothing for a non-text answer', { answers: { email: ['amira@example.org'] } }, ''],
    ['nothing for answers that are not an object', { answers: 'amira@example.org' }, ''],
    ['nothing for an inherited key', { answers: Object.create({ email: 'amira@example.org' }) }, ''],
  ])('takes %s', (_, source, expected) => {
    expect(applicantEmailOf(source)).toBe(expected)
  })
})

describe('emailsMatch', () => {
  it.each([
    ['amira@example.org', 'amira@example.org', true],
    ['Amira@Example.ORG', 'amira@example.org', true],
    ['  amira@example.org ', 'AMIRA@example.org', true],
    ['amira@example.org', 'amira@example.com', false],
    ['amira@example.org', 'amira@example.org.uk', false],
    ['amira@example.or', 'amira@example.org', false],
    ['', '', false],
    ['amira@example.org', '', false],
    ['', 'amira@example.org', false],
    [`${'a'.repeat(330)}@x.org`, `${'a'.repeat(330)}@x.org`, false],
  ])('%j against %j is %s', (given, stored, expected) => {
    expect(emailsMatch(given, stored)).toBe(expected)
  })
})
