import type { GroupField } from 'payload'

import { OPERATOR_OPTIONS } from '../../EligibilityCriteria'

/**
 * A show-when / branch / routing condition as staff edit it: match all or any of a list of
 * "question key – operator – values" rows. An empty list means "always".
 */
export const conditionGroupField = (name: string, label: string, description?: string): GroupField => ({
  name,
  label,
  type: 'group',
  admin: { description },
  fields: [
    {
      name: 'match',
      type: 'select',
      defaultValue: 'all',
      options: [
        { label: 'all conditions hold', value: 'all' },
        { label: 'any condition holds', value: 'any' },
      ],
    },
    {
      name: 'conditions',
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'field', label: 'Question key', type: 'text', required: true },
            { name: 'operator', type: 'select', required: true, options: OPERATOR_OPTIONS },
            { name: 'values', type: 'text', hasMany: true, admin: { description: 'Answer values (option values, numbers or YYYY-MM-DD dates).' } },
          ],
        },
      ],
    },
  ],
})
