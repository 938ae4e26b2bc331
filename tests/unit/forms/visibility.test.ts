import { describe, expect, it } from '@jest/globals'

import { isPageVisible, isQuestionVisible, pruneAnswers, visibleQuestions } from '@/forms/visibility'
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
