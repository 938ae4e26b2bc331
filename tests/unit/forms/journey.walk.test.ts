import { describe, expect, it } from '@jest/globals'

import { isRiskTriggered, pathThrough, walkJourney } from '@/forms/journey'
import type { Answers, FormDefinition } from '@/forms/types'

import { always, doctorAnswers, form, nurseAnswers, page, referralForm, when } from './fixtures'

describe('pathThrough and walkJourney', () => {
  it.each<[string, Answers, string[]]>([
    ['nurse with health needs', nurseAnswers, ['region', 'about', 'support', 'wellbeing', 'health', 'consent']],
    ['doctor wanting careers only', doctorAnswers, ['region', 'about', 'gmc', 'support', 'consent']],
    ['outside the region', { region: 'other' }, ['region', 'not-eligible']],
    ['nothing answered yet', {}, ['region', 'about', 'support', 'wellbeing', 'consent']],
  ])('%s', (_, answers, expected) => {
    expect(pathThrough(referralForm, answers)).toEqual(expected)
  })

  it('ends at check answers or the exit page', () => {
    expect(walkJourney(referralForm, nurseAnswers).end).toEqual({ kind: 'check-answers' })
    expect(walkJourney(referralForm, { region: 'other' }).end).toEqual({
      kind: 'exit',
      pageId: 'not-eligible',
    })
  })

  it.each<[string, FormDefinition, Answers, string[]]>([
    [
      'a branch to itself',
      form([page('a', { branches: [{ when: when('aQ', 'yes'), goTo: 'a' }] })]),
      { aQ: 'yes' },
      ['a'],
    ],
    [
      'a loop back',
      form([page('a'), page('b', { branches: [{ when: when('bQ', 'yes'), goTo: 'a' }] })]),
      { bQ: 'yes' },
      ['a', 'b'],
    ],
    [
      'an unconditional loop',
      form([page('a'), page('b', { branches: [{ when: always, goTo: 'a' }] })]),
      {},
      ['a', 'b'],
    ],
  ])('stops %s instead of hanging', (_, def, answers, expected) => {
    const walk = walkJourney(def, answers)
    expect(walk.pages.map((p) => p.id)).toEqual(expected)
    expect(walk.end).toEqual({ kind: 'loop', pageId: 'a' })
  })

  it('lets later conditions see only answers shown earlier on the route', () => {
    // The stale `topics` answer must not reveal the health page once the trainee leaves the region.
    expect(pathThrough(referralForm, { ...nurseAnswers, region: 'other' })).toEqual(['region', 'not-eligible'])
  })
})

describe('isRiskTriggered', () => {
  it.each<[string, Answers, boolean]>([
    ['risk answer on the route', { ...nurseAnswers, harm: 'yes' }, true],
    ['safe answer', nurseAnswers, false],
    ['risk answer left on a skipped page', { ...doctorAnswers, harm: 'yes' }, false],
  ])('%s', (_, answers, expected) => {
    expect(isRiskTriggered(referralForm, answers)).toBe(expected)
  })
})
