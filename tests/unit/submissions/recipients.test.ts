import { describe, expect, it } from '@jest/globals'

import type { FormDefinition } from '@/forms/types'
import { emailKindsFor } from '@/submissions/queueEmails'
import { traineeEmailAddress, traineeFirstName } from '@/submissions/recipients'

const definition: FormDefinition = {
  slug: 'f',
  title: 'F',
  version: 1,
  pages: [
    { id: 'one', title: 'One', kind: 'questions', questions: [{ key: 'firstName', type: 'shortText', label: 'First name', required: true }] },
    {
      id: 'two',
      title: 'Two',
      kind: 'questions',
      questions: [
        { key: 'workEmail', type: 'email', label: 'Work email', required: false },
        { key: 'homeEmail', type: 'email', label: 'Home email', required: true },
      ],
    },
  ],
}

describe('recipients', () => {
  it("sends the trainee's confirmation to the first answered email question", () => {
    expect(traineeEmailAddress(definition, { workEmail: 'w@nhs.net', homeEmail: 'h@example.org' })).toBe('w@nhs.net')
    expect(traineeEmailAddress(definition, { homeEmail: 'h@example.org' })).toBe('h@example.org')
    expect(traineeEmailAddress(definition, { firstName: 'x@example.org' })).toBeUndefined()
  })

  it('reads the first name from the firstName answer only', () => {
    expect(traineeFirstName({ firstName: ' Amira ' })).toBe('Amira')
    expect(traineeFirstName({ name: 'Amira' })).toBeUndefined()
    expect(traineeFirstName(JSON.parse('{"__proto__": {"firstName": "x"}}') as Record<string, unknown>)).toBeUndefined()
  })
})

describe('emailKindsFor', () => {
  it('queues the urgent notification first, and the confirmation only with an address', () => {
    expect(emailKindsFor('urgent', true)).toEqual(['urgent', 'service', 'trainee'])
    expect(emailKindsFor('normal', true)).toEqual(['service', 'trainee'])
    expect(emailKindsFor('normal', false)).toEqual(['service'])
  })
})
