import { describe, expect, it } from '@jest/globals'

import { referenceChecks } from '@/forms/publish/references'
import type { FormDefinition } from '@/forms/types'

import { form, page, when, yesNo } from '../fixtures'

const band = { ...yesNo('band'), type: 'number' as const }

describe('referenceChecks', () => {
  it.each<[string, FormDefinition, string]>([
    [
      'page showWhen on a missing question',
      form([page('a'), page('b', { showWhen: when('ghost') })]),
      'The condition for showing page "Page b" refers to a question "ghost" that is not in this form',
    ],
    [
      'page showWhen with no question chosen',
      form([page('a'), page('b', { showWhen: when('') })]),
      'The condition for showing page "Page b" has a condition with no question chosen',
    ],
    [
      'page showWhen on its own question',
      form([page('a', { showWhen: when('aQ') })]),
      'The condition for showing page "Page a" refers to question "Question aQ?" (aQ), which is on the same page and will not have been answered yet',
    ],
    [
      'question showWhen on the same page',
      form([page('a', { questions: [yesNo('x'), yesNo('y', { showWhen: when('x') })] })]),
      'The condition for showing question "Question y?" (y) on page "Page a" refers to question "Question x?" (x), which is on the same page',
    ],
    [
      'question showWhen on a later page',
      form([page('a', { questions: [yesNo('x', { showWhen: when('bQ') })] }), page('b')]),
      'refers to question "Question bQ?" (bQ), which is on a later page',
    ],
    [
      'a branch on a later page',
      form([page('a', { branches: [{ when: when('bQ'), goTo: 'check-answers' }] }), page('b')]),
      'Branch 1 on page "Page a" refers to question "Question bQ?" (bQ), which is on a later page',
    ],
    [
      'a branch on a missing question',
      form([page('a', { branches: [{ when: when('ghost'), goTo: 'check-answers' }] })]),
      'Branch 1 on page "Page a" refers to a question "ghost" that is not in this form',
    ],
    [
      'routing on a missing question',
      form([page('a')], { routing: { rules: [{ when: when('ghost'), service: 'careers' }] } }),
      'Routing rule 1 (to "careers") refers to a question "ghost" that is not in this form',
    ],
    [
      'a value that is not one of the answers',
      form([page('a'), page('b', { showWhen: when('aQ', 'maybe') })]),
      'uses "maybe", which is not an answer to question "Question aQ?" (aQ)',
    ],
    [
      'a list value with an unknown answer',
      form([page('a'), page('b', { showWhen: when('aQ', ['yes', 'perhaps'], 'oneOf') })]),
      'uses "perhaps", which is not an answer',
    ],
    [
      'a condition without a value',
      form([page('a'), page('b', { showWhen: { match: 'all', conditions: [{ field: 'aQ', operator: 'equals' }] } })]),
      'needs a value to compare question "Question aQ?" (aQ) with',
    ],
    [
      'greaterThan on text',
      form([page('a', { questions: [band] }), page('b', { showWhen: when('band', 'big', 'greaterThan') })]),
      'compares question "Question band?" (band) with "big", which is not a number or date',
    ],
  ])('reports %s', (_, def, expected) => {
    expect(referenceChecks(def).map((issue) => issue.message)).toContainEqual(expect.stringContaining(expected))
  })

  it('allows branches on the same page, routing on any page and comparable values', () => {
    const def = form(
      [
        page('a', { questions: [band] }),
        page('b', {
          showWhen: when('band', 4, 'greaterThan'),
          questions: [yesNo('x', { showWhen: when('band', '2024-01-01', 'lessThan') })],
          branches: [{ when: when('x', 'no'), goTo: 'check-answers' }],
        }),
        page('c', { showWhen: when('band', undefined, 'answered') }),
      ],
      { routing: { rules: [{ when: when('cQ'), service: 's' }] } },
    )
    expect(referenceChecks(def)).toEqual([])
  })

  it('lets a question depend on an earlier one on its page when each question gets its own page', () => {
    const def = form([page('a', { questions: [yesNo('x'), yesNo('y', { showWhen: when('x') })] })])
    expect(referenceChecks({ ...def, oneQuestionPerPage: true })).toEqual([])
    const backwards = form([page('a', { questions: [yesNo('y', { showWhen: when('x') }), yesNo('x')] })])
    expect(referenceChecks({ ...backwards, oneQuestionPerPage: true })).toHaveLength(1)
  })

  it('marks question conditions with the question key', () => {
    const def = form([page('a', { questions: [yesNo('x', { showWhen: when('ghost') })] })])
    expect(referenceChecks(def)).toEqual([{ pageId: 'a', questionKey: 'x', message: expect.any(String) }])
  })
})
