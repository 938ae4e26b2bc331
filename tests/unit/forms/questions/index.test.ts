import { describe, expect, it } from '@jest/globals'

import { isQuestionType, questionType, questionTypes } from '@/forms/questions'
import type { QuestionType } from '@/forms/types'

const ALL: QuestionType[] = [
  'shortText',
  'longText',
  'email',
  'ukPhone',
  'number',
  'date',
  'radios',
  'checkboxes',
  'select',
  'yesNo',
  'ukAddress',
  'registrationNumber',
  'consent',
]

describe('question type registry', () => {
  it.each(ALL)('registers %s with a schema builder, answered check and formatter', (type) => {
    const handler = questionType(type)
    expect(handler.type).toBe(type)
    expect(typeof handler.schema).toBe('function')
    expect(handler.isAnswered(undefined)).toBe(false)
    expect(typeof handler.format(undefined, { key: 'k', type, label: 'L', required: false })).toBe('string')
  })

  it('registers exactly the known types', () => {
    expect(Object.keys(questionTypes).sort()).toEqual([...ALL].sort())
  })

  it.each(['paragraph', '', 'constructor', '__proto__', 'toString'])('throws on unknown type %j', (type) => {
    expect(isQuestionType(type)).toBe(false)
    expect(() => questionType(type)).toThrow(/Unknown question type/)
  })
})
