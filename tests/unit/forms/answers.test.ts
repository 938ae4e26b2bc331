import { describe, expect, it } from '@jest/globals'

import { pruneAnswers, visibleQuestions } from '@/forms/answers'
import { checkAnswersSummary } from '@/forms/summary'
import { routeService } from '@/forms/routing'
import { isPageVisible, isQuestionVisible } from '@/forms/visibility'
import type { Answers } from '@/forms/types'

import { doctorAnswers, nurseAnswers, referralForm } from './fixtures'

const pageById = (id: string) => referralForm.pages.find((page) => page.id === id)!

describe('visibility', () => {
  it('shows pages by their showWhen', () => {
    expect(isPageVisible(pageById('gmc'), { staffGroup: 'doctor' })).toBe(true)
    expect(isPageVisible(pageById('gmc'), { staffGroup: 'nurse' })).toBe(false)
    expect(isPageVisible(pageById('not-eligible'), {})).toBe(true)
  })

  it('shows questions by their showWhen', () => {
    const question = {
      ...pageById('about').questions[0],
      showWhen: { match: 'any' as const, conditions: [{ field: 'x', operator: 'answered' as const }] },
    }
    expect(isQuestionVisible(question, { x: 'y' })).toBe(true)
    expect(isQuestionVisible(question, {})).toBe(false)
  })

  it('lists the questions on the route in order', () => {
    expect(visibleQuestions(referralForm, doctorAnswers).map(({ question }) => question.key)).toEqual([
      'region',
      'name',
      'email',
      'staffGroup',
      'gmcNumber',
      'topics',
      'phone',
      'agree',
    ])
  })
})

describe('pruneAnswers', () => {
  it.each<[string, Answers, Answers]>([
    ['drops answers to a hidden page', { ...nurseAnswers, gmcNumber: '1234567' }, nurseAnswers],
    ['drops answers on pages a branch skipped', { ...doctorAnswers, harm: 'yes', healthDetails: 'x' }, doctorAnswers],
    ['drops unknown keys', { ...doctorAnswers, isAdmin: true, __proto__: 'x' }, doctorAnswers],
    ['keeps only the region when it leads to the exit', { ...nurseAnswers, region: 'other' }, { region: 'other' }],
  ])('%s', (_, answers, expected) => {
    expect(pruneAnswers(referralForm, answers)).toEqual(expected)
  })

  it('does not touch the prototype for a __proto__ key', () => {
    const pruned = pruneAnswers(referralForm, JSON.parse('{"__proto__":{"polluted":true},"region":"london"}'))
    expect(pruned).toEqual({ region: 'london' })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

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
