import { describe, expect, it } from '@jest/globals'

import { evaluateCondition, evaluateGroup, isShown } from '@/forms/conditions'
import type { Answers, Condition, Operator } from '@/forms/types'

const answers: Answers = {
  region: 'london',
  band: '6',
  count: 3,
  topics: ['careers', 'health'],
  one: 'wellbeing',
  agreed: true,
  blank: '  ',
  empty: [],
  start: '2024-03-01',
  dob: { day: '1', month: '2', year: '1990' },
  address: { postcode: 'SW1A 2AA' },
}

const c = (field: string, operator: Operator, value?: Condition['value']): Condition => ({
  field,
  operator,
  value,
})

describe('evaluateCondition', () => {
  it.each<[string, Condition, boolean]>([
    ['equals a scalar', c('region', 'equals', 'london'), true],
    ['equals: different value', c('region', 'equals', 'kss'), false],
    ['equals: "6" equals 6', c('band', 'equals', 6), true],
    ['equals: checkbox set, any order', c('topics', 'equals', ['health', 'careers']), true],
    ['equals: checkbox subset is not equal', c('topics', 'equals', ['health']), false],
    ['equals: boolean', c('agreed', 'equals', true), true],
    ['equals: missing answer', c('nothing', 'equals', 'x'), false],
    ['equals: no value to compare', c('region', 'equals'), false],
    ['notEquals', c('region', 'notEquals', 'kss'), true],
    ['notEquals: same value', c('region', 'notEquals', 'london'), false],
    ['notEquals: missing answer is false', c('nothing', 'notEquals', 'kss'), false],
    ['notEquals: blank answer is false', c('blank', 'notEquals', 'kss'), false],
    ['oneOf', c('region', 'oneOf', ['london', 'kss']), true],
    ['oneOf: not in list', c('region', 'oneOf', ['kss', 'other']), false],
    ['oneOf: checkbox overlaps', c('topics', 'oneOf', ['health', 'money']), true],
    ['oneOf: checkbox no overlap', c('topics', 'oneOf', ['money']), false],
    ['oneOf: scalar value', c('region', 'oneOf', 'london'), true],
    ['oneOf: missing answer', c('nothing', 'oneOf', ['london']), false],
    ['includes on checkboxes', c('topics', 'includes', 'health'), true],
    ['includes: all of several', c('topics', 'includes', ['health', 'careers']), true],
    ['includes: not all of several', c('topics', 'includes', ['health', 'money']), false],
    ['includes: single string answer', c('one', 'includes', 'wellbeing'), true],
    ['includes: empty answer', c('empty', 'includes', 'health'), false],
    ['answered', c('region', 'answered'), true],
    ['answered: blank string', c('blank', 'answered'), false],
    ['answered: empty array', c('empty', 'answered'), false],
    ['answered: date parts', c('dob', 'answered'), true],
    ['answered: missing', c('nothing', 'answered'), false],
    ['notAnswered: missing', c('nothing', 'notAnswered'), true],
    ['notAnswered: blank', c('blank', 'notAnswered'), true],
    ['notAnswered: answered', c('region', 'notAnswered'), false],
    ['greaterThan numeric string', c('band', 'greaterThan', 4), true],
    ['greaterThan: equal is false', c('band', 'greaterThan', 6), false],
    ['greaterThan number', c('count', 'greaterThan', '2'), true],
    ['greaterThan ISO dates', c('start', 'greaterThan', '2024-01-01'), true],
    ['greaterThan date parts', c('dob', 'greaterThan', '1989-12-31'), true],
    ['greaterThan: text is not comparable', c('region', 'greaterThan', 4), false],
    ['greaterThan: number vs date is not comparable', c('band', 'greaterThan', '2024-01-01'), false],
    ['greaterThan: missing', c('nothing', 'greaterThan', 1), false],
    ['lessThan numeric string', c('band', 'lessThan', 9), true],
    ['lessThan: bigger is false', c('band', 'lessThan', 5), false],
    ['lessThan ISO dates', c('start', 'lessThan', '2024-03-02'), true],
    ['lessThan date parts', c('dob', 'lessThan', '1990-02-01'), false],
    ['nested field', c('address.postcode', 'equals', 'SW1A 2AA'), true],
    ['prototype keys are not answers', c('constructor', 'answered'), false],
    ['__proto__ is not an answer', c('__proto__', 'answered'), false],
    ['toString is not an answer', c('toString', 'notAnswered'), true],
  ])('%s', (_, condition, expected) => {
    expect(evaluateCondition(condition, answers)).toBe(expected)
  })

  it('fails closed on an operator it does not know', () => {
    const bogus = { field: 'region', operator: 'matches', value: 'london' } as unknown as Condition
    expect(evaluateCondition(bogus, answers)).toBe(false)
  })
})

describe('evaluateGroup', () => {
  const yes = c('region', 'equals', 'london')
  const no = c('region', 'equals', 'kss')
  it.each<['all' | 'any', Condition[], boolean]>([
    ['all', [yes, yes], true],
    ['all', [yes, no], false],
    ['any', [no, yes], true],
    ['any', [no, no], false],
    ['all', [], true],
    ['any', [], true],
  ])('%s of %j is %s', (match, conditions, expected) => {
    expect(evaluateGroup({ match, conditions }, answers)).toBe(expected)
  })

  it('shows when there is no group', () => {
    expect(isShown(undefined, {})).toBe(true)
    expect(isShown({ match: 'all', conditions: [no] }, answers)).toBe(false)
  })
})
