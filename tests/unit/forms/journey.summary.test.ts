import { describe, expect, it } from '@jest/globals'

import { checkAnswersSummary, routeService } from '@/forms/journey'
import type { Answers } from '@/forms/types'

import { doctorAnswers, nurseAnswers, referralForm } from './fixtures'

describe('checkAnswersSummary', () => {
  it('formats each shown answer for reading', () => {
    const rows = checkAnswersSummary(referralForm, {
      ...nurseAnswers,
      email: 'ada@nhs.net',
      startDate: '2024-03-01',
    })
    expect(rows.map((row) => [row.pageId, row.key, row.value])).toEqual([
      ['region', 'region', 'London'],
      ['about', 'name', 'Ada Lovelace'],
      ['about', 'email', 'ada@nhs.net'],
      ['about', 'staffGroup', 'Nurse'],
      ['support', 'topics', 'Wellbeing, Health'],
      ['wellbeing', 'harm', 'No'],
      ['health', 'healthDetails', 'Back pain'],
      ['health', 'startDate', '1 March 2024'],
      ['consent', 'phone', '07700 900982'],
      ['consent', 'agree', 'Yes'],
    ])
    expect(rows[0].label).toBe('Where do you work or train?')
  })

  it('lists unanswered optional questions with an empty value', () => {
    const rows = checkAnswersSummary(referralForm, { ...doctorAnswers })
    expect(rows.find((row) => row.key === 'phone')?.value).toBe('')
  })
})

describe('routeService', () => {
  it.each<[string, Answers, string | undefined]>([
    ['first matching rule', nurseAnswers, 'individual-support'],
    ['second rule', doctorAnswers, 'careers-unit'],
    ['default', { ...nurseAnswers, topics: ['wellbeing'] }, 'psu-general'],
    ['ignores stale answers once the route changes', { ...nurseAnswers, region: 'other' }, 'psu-general'],
  ])('%s', (_, answers, expected) => {
    expect(routeService(referralForm, answers)).toBe(expected)
  })

  it('is undefined without routing', () => {
    expect(routeService({ ...referralForm, routing: undefined }, nurseAnswers)).toBeUndefined()
  })
})
