import type { Field } from 'payload'

import { conditionGroupField } from '../fields/conditionGroup'

const KEY_PATTERN = /^[a-zA-Z][a-zA-Z0-9_]{0,59}$/

/** Fields every question block has: stable key, words, required, show-when. */
export const questionBaseFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'key',
        type: 'text',
        required: true,
        admin: { description: 'Stable name of the answer, e.g. firstName. Do not change once submissions exist.' },
        validate: (value: string | null | undefined) =>
          value && KEY_PATTERN.test(value) ? true : 'Start with a letter; use letters, digits and _ only',
      },
      { name: 'required', type: 'checkbox', defaultValue: true },
    ],
  },
  { name: 'label', type: 'text', required: true },
  { name: 'hint', type: 'textarea' },
  {
    name: 'errorName',
    label: 'Name used in error messages',
    type: 'text',
    admin: { description: 'e.g. "your date of birth" gives "Enter your date of birth". Optional.' },
  },
  conditionGroupField('showWhen', 'Show this question only when', 'Leave empty to always show it.'),
]

/** Choice options for radios, checkboxes and select. */
export const optionsField: Field = {
  name: 'options',
  type: 'array',
  minRows: 1,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'label', type: 'text', required: true },
        { name: 'value', type: 'text', required: true },
      ],
    },
  ],
}

/** A risk question: answers that show urgent help at once and mark the referral urgent. */
export const riskField: Field = {
  name: 'risk',
  label: 'Safeguarding',
  type: 'group',
  fields: [
    { name: 'isRisk', label: 'This is a risk question', type: 'checkbox', defaultValue: false },
    {
      name: 'triggerValues',
      label: 'Answers that trigger urgent help',
      type: 'text',
      hasMany: true,
      admin: { condition: (_, sibling) => Boolean(sibling?.isRisk) },
    },
  ],
}

export const textLengthFields: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'minLength', type: 'number', min: 0 },
      { name: 'maxLength', type: 'number', min: 1 },
    ],
  },
  {
    type: 'row',
    fields: [
      { name: 'pattern', label: 'Pattern (regular expression)', type: 'text' },
      { name: 'patternMessage', label: 'Error message when the pattern does not match', type: 'text' },
    ],
  },
]
