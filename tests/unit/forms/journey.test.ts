import { describe, expect, it } from '@jest/globals'

import { firstPage, nextStep } from '@/forms/journey'
import type { Answers, NextStep } from '@/forms/types'

import { exitPage, form, page, referralForm, when, yesNo } from './fixtures'

describe('nextStep', () => {
  it.each<[string, Answers, string, NextStep]>([
    ['default order', { region: 'london' }, 'region', { kind: 'page', pageId: 'about' }],
    ['branch to an exit page', { region: 'other' }, 'region', { kind: 'exit', pageId: 'not-eligible' }],
    ['skips a hidden page', { staffGroup: 'nurse' }, 'about', { kind: 'page', pageId: 'support' }],
    ['shows a conditional page', { staffGroup: 'doctor' }, 'about', { kind: 'page', pageId: 'gmc' }],
    ['branch past pages', { topics: ['careers'] }, 'support', { kind: 'page', pageId: 'consent' }],
    ['branch not taken', { topics: ['careers', 'health'] }, 'support', { kind: 'page', pageId: 'wellbeing' }],
    [
      'risk answer interrupts',
      { harm: 'yes' },
      'wellbeing',
      { kind: 'interruption', reason: 'risk', after: 'wellbeing' },
    ],
    ['no risk, next page', { harm: 'no', topics: ['wellbeing'] }, 'wellbeing', { kind: 'page', pageId: 'consent' }],
    ['last question page goes to check answers, passing the exit page', {}, 'consent', { kind: 'check-answers' }],
    ['an exit page stays put', {}, 'not-eligible', { kind: 'exit', pageId: 'not-eligible' }],
    ['an unknown page restarts', {}, 'nowhere', { kind: 'page', pageId: 'region' }],
  ])('%s', (_, answers, current, expected) => {
    expect(nextStep(referralForm, answers, current)).toEqual(expected)
  })

  it('continues after the interruption once seen', () => {
    const answers = { harm: 'yes', topics: ['health'] }
    expect(nextStep(referralForm, answers, 'wellbeing', { skipInterruption: true })).toEqual({
      kind: 'page',
      pageId: 'health',
    })
  })

  it('does not interrupt for a hidden risk question', () => {
    const def = form([
      page('a', {
        questions: [yesNo('harm', { risk: { triggerValues: ['yes'] }, showWhen: when('x', 'y') }), yesNo('other')],
      }),
      page('b'),
    ])
    expect(nextStep(def, { harm: 'yes' }, 'a')).toEqual({ kind: 'page', pageId: 'b' })
  })

  it('takes branches in order, and a branch straight to check answers', () => {
    const def = form([
      page('a', {
        branches: [
          { when: when('aQ', 'yes'), goTo: 'check-answers' },
          { when: when('aQ', 'yes'), goTo: 'c' },
        ],
      }),
      page('b'),
      page('c'),
    ])
    expect(nextStep(def, { aQ: 'yes' }, 'a')).toEqual({ kind: 'check-answers' })
  })

  it('ignores a branch to a missing page and moves on from a hidden target', () => {
    const def = form([
      page('a', {
        branches: [
          { when: when('aQ', 'yes'), goTo: 'gone' },
          { when: when('aQ', 'no'), goTo: 'c' },
        ],
      }),
      page('b'),
      page('c', { showWhen: when('aQ', 'never') }),
      page('d'),
    ])
    expect(nextStep(def, { aQ: 'yes' }, 'a')).toEqual({ kind: 'page', pageId: 'b' })
    expect(nextStep(def, { aQ: 'no' }, 'a')).toEqual({ kind: 'page', pageId: 'd' })
  })

  it('enters an exit page in the default order only when its showWhen holds', () => {
    const def = form([page('a'), exitPage('stop', { showWhen: when('aQ', 'no') }), page('b')])
    expect(nextStep(def, { aQ: 'no' }, 'a')).toEqual({ kind: 'exit', pageId: 'stop' })
    expect(nextStep(def, { aQ: 'yes' }, 'a')).toEqual({ kind: 'page', pageId: 'b' })
  })

  it('skips a page whose questions are all hidden', () => {
    const hidden = page('b', {
      questions: [yesNo('q', { showWhen: when('aQ') })],
    })
    const def = form([page('a'), hidden, page('c')])
    expect(nextStep(def, { aQ: 'no' }, 'a')).toEqual({ kind: 'page', pageId: 'c' })
    expect(nextStep(def, { aQ: 'yes' }, 'a')).toEqual({ kind: 'page', pageId: 'b' })
  })
})

describe('firstPage', () => {
  it('is the first shown page', () => {
    expect(firstPage(referralForm, {})).toEqual({ kind: 'page', pageId: 'region' })
    expect(firstPage(form([page('a', { showWhen: when('x', 'y') }), page('b')]), {})).toEqual({
      kind: 'page',
      pageId: 'b',
    })
    expect(firstPage(form([]), {})).toEqual({ kind: 'check-answers' })
  })
})
