import type { Block, Field } from 'payload'

import { optionsField, questionBaseFields, riskField, textLengthFields } from './base'

// Short table names: SQL identifiers for nested block fields would pass the 63-character limit.
const block = (slug: string, label: string, extra: Field[] = []): Block => ({
  slug,
  dbName: `fq_${slug.replace(/[A-Z]/g, (letter) => letter.toLowerCase()).slice(0, 12)}`,
  labels: { singular: label, plural: `${label} questions` },
  fields: [...questionBaseFields, ...extra],
})

const validation = (fields: Field[]): Field => ({ name: 'validation', type: 'group', fields })

/** One block per question type; the block slug is the engine's question type. */
export const questionBlocks: Block[] = [
  block('shortText', 'Short text', [validation(textLengthFields)]),
  block('longText', 'Long text', [validation(textLengthFields)]),
  block('email', 'Email address'),
  block('ukPhone', 'UK phone number'),
  block('number', 'Number', [
    validation([
      {
        type: 'row',
        fields: [
          { name: 'min', type: 'number' },
          { name: 'max', type: 'number' },
          { name: 'integer', label: 'Whole numbers only', type: 'checkbox' },
        ],
      },
    ]),
  ]),
  block('date', 'Date', [
    validation([
      {
        type: 'row',
        fields: [
          { name: 'dateNotInFuture', label: 'Not in the future', type: 'checkbox' },
          { name: 'dateNotInPast', label: 'Not in the past', type: 'checkbox' },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'dateAfter', label: 'After (YYYY-MM-DD)', type: 'text' },
          { name: 'dateBefore', label: 'Before (YYYY-MM-DD)', type: 'text' },
        ],
      },
    ]),
  ]),
  block('radios', 'Radios', [optionsField, riskField]),
  block('checkboxes', 'Checkboxes', [
    optionsField,
    validation([{ name: 'maxSelections', label: 'Most options that can be selected', type: 'number', min: 1 }]),
    riskField,
  ]),
  block('select', 'Select', [optionsField, riskField]),
  block('yesNo', 'Yes or no', [riskField]),
  block('ukAddress', 'UK address'),
  block('registrationNumber', 'Professional registration number', [
    validation([
      {
        name: 'registrationBody',
        type: 'select',
        required: true,
        options: ['GMC', 'GDC', 'GPhC', 'NMC'],
        admin: { description: 'GMC and GPhC: 7 digits. GDC: up to 6 digits. NMC PIN: like 12A3456E.' },
      },
    ]),
  ]),
  block('consent', 'Consent'),
]
