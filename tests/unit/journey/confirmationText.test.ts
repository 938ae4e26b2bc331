import { describe, expect, it } from '@jest/globals'

import { confirmationParagraphs, whatHappensNext } from '@/journey/confirmationText'

const routine = 'Thank you, {{firstName}}.\n\nWe will contact you within 10 working days.\n\nYour reference is {{reference}}. {{adminLink}}'
const values = { firstName: 'Ada', reference: 'K7PX2MRQ' }

describe('confirmationParagraphs', () => {
  it('fills the placeholders it has and leaves out the ones it has not', () => {
    expect(confirmationParagraphs(routine, values)).toEqual([
      'Thank you, Ada.',
      'We will contact you within 10 working days.',
      'Your reference is K7PX2MRQ.',
    ])
  })
})

describe('whatHappensNext on the confirmation page', () => {
  it.each([
    { urgent: false, days: 1, expected: ['Thank you, Ada.', 'We will contact you within 10 working days.', 'Your reference is K7PX2MRQ.'] },
    {
      urgent: true,
      days: 1,
      expected: ['Because of your answers, we will look at your application urgently.', 'A PSU Coordinator will contact you within 1 working day.'],
    },
    {
      urgent: true,
      days: 3,
      expected: ['Because of your answers, we will look at your application urgently.', 'A PSU Coordinator will contact you within 3 working days.'],
    },
  ])('urgent: $urgent, urgent contact within $days day(s)', ({ urgent, days, expected }) => {
    expect(whatHappensNext(routine, values, { urgent, urgentContactWorkingDays: days })).toEqual(expected)
  })
})
