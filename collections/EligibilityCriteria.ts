import type { CollectionConfig } from 'payload'

import { anyone, isEditor } from '@/access'
import { forgetEligibilityRules } from '@/submissions/eligibilityRules'
import { revalidatePublicSiteHooks } from './hooks/revalidatePublicSite'

/** The referral service reuses the criteria for a few seconds: a change must not wait for that. */
const forgetCachedRules = <T>({ doc }: { doc: T }): T => {
  forgetEligibilityRules()
  return doc
}

/** The facts a rule may test; the eligibility checker and the forms ask for these by key. */
export const FACT_OPTIONS = [
  { label: 'Region', value: 'region' },
  { label: 'Staff group', value: 'staffGroup' },
  { label: 'Holds a London or KSS training number', value: 'hasTrainingNumber' },
  { label: 'Agenda for Change band', value: 'band' },
  { label: 'In a recognised training scheme', value: 'inRecognisedTrainingScheme' },
  { label: 'Pharmacy training programme', value: 'pharmacyProgramme' },
  { label: 'Workforce scheme place', value: 'workforceScheme' },
]

export const OPERATOR_OPTIONS = [
  { label: 'equals', value: 'equals' },
  { label: 'does not equal', value: 'notEquals' },
  { label: 'is one of', value: 'oneOf' },
  { label: 'includes', value: 'includes' },
  { label: 'is answered', value: 'answered' },
  { label: 'is not answered', value: 'notAnswered' },
  { label: 'is greater than', value: 'greaterThan' },
  { label: 'is less than', value: 'lessThan' },
]

/**
 * "Who can access the PSU?" as rules: every "required" rule must hold, and at least one
 * "route" rule. Each carries the plain-English explanation shown to trainees.
 */
export const EligibilityCriteria: CollectionConfig = {
  slug: 'eligibility-criteria',
  labels: { singular: 'Eligibility rule', plural: 'Eligibility criteria' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'role', 'order'] },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  defaultSort: 'order',
  hooks: {
    afterChange: [...revalidatePublicSiteHooks.afterChange, forgetCachedRules],
    afterDelete: [...revalidatePublicSiteHooks.afterDelete, forgetCachedRules],
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'key', type: 'text', required: true, unique: true, admin: { position: 'sidebar' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'route',
      options: [
        { label: 'Required: everyone must meet this', value: 'required' },
        { label: 'Route: meeting any one of these is enough', value: 'route' },
      ],
    },
    { name: 'explanation', type: 'textarea', required: true, admin: { description: 'Plain English, shown to trainees.' } },
    { name: 'notMetReason', label: 'Reason shown when not met', type: 'textarea' },
    {
      name: 'when',
      label: 'The rule holds when',
      type: 'group',
      fields: [
        {
          name: 'match',
          type: 'select',
          required: true,
          defaultValue: 'all',
          options: [
            { label: 'all conditions hold', value: 'all' },
            { label: 'any condition holds', value: 'any' },
          ],
        },
        {
          name: 'conditions',
          type: 'array',
          minRows: 1,
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'field', label: 'Fact', type: 'select', required: true, options: FACT_OPTIONS },
                { name: 'operator', type: 'select', required: true, options: OPERATOR_OPTIONS },
                { name: 'values', type: 'text', hasMany: true, admin: { description: 'One value, or several for "is one of".' } },
              ],
            },
          ],
        },
      ],
    },
    { name: 'order', type: 'number', defaultValue: 100, admin: { position: 'sidebar' } },
  ],
}
