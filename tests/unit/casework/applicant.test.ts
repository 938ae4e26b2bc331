import { describe, expect, it } from '@jest/globals'

import { applicantOf } from '@/casework/applicant'
import { firstContactDue, firstContactWorkingDays } from '@/casework/firstContactDue'
import type { FormDefinition, Question } from '@/forms/types'

const form = (...questions: Question[]): FormDefinition => ({
  slug: 'f',
  title: 'F',
  version: 1,
  pages: [{ id: 'one', title: 'One', kind: 'questions', questions }],
})
const q = (key: string, type: Question['type'] = 'shortText'): Question => ({ key, type, label: key, required: false })

describe('applicantOf', () => {
  const seedLike = form(q('firstName'), q('lastName'), q('email', 'email'), q('phone', 'ukPhone'))
  const twoEmails = form(q('fullName'), q('workEmail', 'email'), q('homeEmail', 'email'))

  it.each([
    ['first and last name, as the seed forms ask', seedLike, { firstName: ' Amira ', lastName: 'Khan', email: 'amira@example.org' }, { name: 'Amira Khan', email: 'amira@example.org' }],
    ['only the first name answered', seedLike, { firstName: 'Amira' }, { name: 'Amira', email: undefined }],
    ['only the last name answered', seedLike, { lastName: 'Khan' }, { name: 'Khan', email: undefined }],
    ['spaces inside a name collapse', seedLike, { firstName: 'Mary  Jane', lastName: ' Smith' }, { name: 'Mary Jane Smith', email: undefined }],
    ['a whole-name question', twoEmails, { fullName: 'Sam Lee', homeEmail: 'sam@example.org' }, { name: 'Sam Lee', email: 'sam@example.org' }],
    ['the first answered email question wins', twoEmails, { workEmail: 'w@nhs.net', homeEmail: 'h@example.org' }, { name: undefined, email: 'w@nhs.net' }],
    ['a key named name', form(q('name')), { name: 'Jo Bloggs' }, { name: 'Jo Bloggs', email: undefined }],
    ['an email typed into a text question is not the email', seedLike, { firstName: 'x@example.org' }, { name: 'x@example.org', email: undefined }],
    ['non-text answers are ignored', seedLike, { firstName: 42, lastName: ['a'], email: true }, { name: undefined, email: undefined }],
    ['inherited keys are ignored', seedLike, JSON.parse('{"__proto__": {"firstName": "x", "email": "x@example.org"}}'), { name: undefined, email: undefined }],
  ])('%s', (_, definition, answers, expected) => {
    expect(applicantOf(definition, answers as Record<string, unknown>)).toEqual(expected)
  })
})

describe('firstContactDue', () => {
  it.each([
    ['routine: the service setting', 'normal', 3, 1, 3],
    ['routine: no service, the default 5', 'normal', undefined, 1, 5],
    ['routine: a nonsense service setting, the default 5', 'normal', 0, 1, 5],
    ['urgent: the form setting, whatever the service says', 'urgent', 10, 1, 1],
    ['urgent: a form that allows 2', 'urgent', 5, 2, 2],
  ] as const)('%s', (_, priority, serviceWorkingDays, urgentWorkingDays, expected) => {
    expect(firstContactWorkingDays({ priority, serviceWorkingDays, urgentWorkingDays })).toBe(expected)
  })

  it('counts from the UK day of arrival, skipping bank holidays and closures', () => {
    const due = firstContactDue({ submittedAt: new Date('2026-12-23T22:00:00Z'), priority: 'urgent', urgentWorkingDays: 1, closures: ['2026-12-24'] })
    expect(due.toISOString()).toBe('2026-12-29T23:59:59.999Z')
  })
})
