import { describe, expect, it } from '@jest/globals'

import { structureChecks } from '@/forms/publish/structure'
import type { FormDefinition, Question } from '@/forms/types'

import { always, exitPage, form, page, yesNo } from '../fixtures'

const ask = (question: Partial<Question>) => form([page('a', { questions: [{ ...yesNo('x'), ...question }] })])
const opts = (...values: string[]) => values.map((value) => ({ value, label: value.toUpperCase() }))

describe('structureChecks', () => {
  it.each<[string, FormDefinition, string]>([
    ['no pages', form([]), 'The form "Form F" has no pages'],
    [
      'duplicate page ids',
      form([page('a'), page('a', { questions: [yesNo('y')] })]),
      'The page "Page a" has the same id "a" as page "Page a"',
    ],
    [
      'a reserved page id',
      form([page('check-answers')]),
      'The page "Page check-answers" needs an id other than "check-answers"',
    ],
    ['an empty page id', form([page('', { title: 'Blank' })]), 'The page "Blank" needs an id other than ""'],
    [
      'duplicate question keys across pages',
      form([page('a'), page('b', { questions: [yesNo('aQ')] })]),
      'The question "Question aQ?" (aQ) on page "Page b" uses a key already used on page "Page a"',
    ],
    [
      'duplicate question keys on one page',
      form([page('a', { questions: [yesNo('x'), yesNo('x')] })]),
      'The question "Question x?" (x) on page "Page a" uses a key already used on the same page',
    ],
    [
      'a prototype key',
      ask({ key: 'constructor' }),
      '(constructor) on page "Page a" needs a key of letters, numbers, dashes or underscores',
    ],
    ['a __proto__ key', ask({ key: '__proto__' }), '(__proto__) on page "Page a" needs a key'],
    ['a dotted key', ask({ key: 'a.b' }), '(a.b) on page "Page a" needs a key'],
    ['a missing label', ask({ label: ' ' }), 'The question "x" (x) on page "Page a" has no label'],
    ['an unknown type', ask({ type: 'colour' as Question['type'] }), 'has an unknown type "colour"'],
    [
      'radios without options',
      ask({ type: 'radios' }),
      'The question "Question x?" (x) on page "Page a" has no options to choose from',
    ],
    ['checkboxes without options', ask({ type: 'checkboxes', options: [] }), 'has no options to choose from'],
    ['select without options', ask({ type: 'select' }), 'has no options to choose from'],
    [
      'an option without a label',
      ask({ type: 'radios', options: [{ value: 'v', label: ' ' }] }),
      'has an option ("v") with no label',
    ],
    [
      'an option without a value',
      ask({ type: 'radios', options: [{ value: '', label: 'V' }] }),
      'has an option with no value',
    ],
    [
      'duplicate option values',
      ask({ type: 'select', options: opts('v', 'v') }),
      'has more than one option with the value "v"',
    ],
    [
      'an invalid pattern',
      ask({ type: 'shortText', validation: { pattern: '([a-z' } }),
      'has a pattern that is not a valid regular expression: ([a-z',
    ],
    [
      'min above max',
      ask({ type: 'number', validation: { min: 5, max: 1 } }),
      'has a minimum greater than its maximum',
    ],
    [
      'minLength above maxLength',
      ask({ type: 'shortText', validation: { minLength: 9, maxLength: 2 } }),
      'has a minimum length greater than its maximum length',
    ],
    [
      'a risk answer that cannot be given',
      ask({ risk: { triggerValues: ['maybe'] } }),
      'triggers urgent help on "maybe", which is not one of its answers',
    ],
    [
      'a risk question with no trigger answers',
      ask({ risk: { triggerValues: [] } }),
      'is a risk question with no answers',
    ],
    [
      'an exit page without content',
      form([
        page('a', { branches: [{ when: always, goTo: 'stop' }] }),
        exitPage('stop', { exitContent: '<p> &nbsp;</p>' }),
      ]),
      'The exit page "Exit stop" has no content explaining why and where to get help',
    ],
    ['a question page with no questions', form([page('a', { questions: [] })]), 'The page "Page a" has no questions'],
  ])('reports %s', (_, def, expected) => {
    expect(structureChecks(def).map((issue) => issue.message)).toContainEqual(expect.stringContaining(expected))
  })

  it('points each issue at its page and question', () => {
    expect(structureChecks(ask({ type: 'radios' }))).toEqual([
      { pageId: 'a', questionKey: 'x', message: expect.stringContaining('Page a') },
    ])
  })

  it('passes valid options, patterns and risk answers', () => {
    const def = form([
      page('a', {
        questions: [
          { ...yesNo('x'), type: 'radios', options: opts('a', 'b'), risk: { triggerValues: ['b'] } },
          { ...yesNo('y'), type: 'shortText', validation: { pattern: '^[A-Z]+$', minLength: 1, maxLength: 9 } },
          yesNo('z', { risk: { triggerValues: ['yes'] } }),
        ],
      }),
    ])
    expect(structureChecks(def)).toEqual([])
  })
})
