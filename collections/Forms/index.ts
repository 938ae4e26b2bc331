import type { CollectionConfig } from 'payload'

import { isEditor, isStaff } from '@/access'
import { DEFAULT_URGENT_CONTACT_WORKING_DAYS } from '@/email/firstContact'
import { slugField } from '../fields/slug'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidatePublicSite'
import { submitReferralEndpoint } from './endpoints/submitReferralEndpoint'
import { conditionGroupField } from './fields/conditionGroup'
import { messageFields } from './fields/messages'
import { pagesField } from './fields/pages'
import { freezePublishedVersion } from './hooks/freezePublishedVersion'
import { runPublishChecks } from './hooks/runPublishChecks'

/**
 * Referral and application forms, owned by PSU staff: questions, validation, show/hide,
 * branching, exit pages, eligibility gate, routing, safeguarding and messages. Publishing is
 * checked, versioned and frozen; the live form changes at once, with no deploy. Only staff read
 * forms through the APIs (they hold email templates, routing and risk triggers): the public site
 * reads the published snapshot in `form-versions` on the server.
 */
export const Forms: CollectionConfig = {
  slug: 'forms',
  labels: { singular: 'Form', plural: 'Forms' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', 'version', '_status', 'updatedAt'], group: 'Forms' },
  access: { read: isStaff, create: isEditor, update: isEditor, delete: isEditor, readVersions: isStaff },
  versions: { maxPerDoc: 100, drafts: { schedulePublish: true } },
  // Service pages and search link to published forms: a publish refreshes them.
  hooks: {
    beforeChange: [runPublishChecks],
    afterChange: [freezePublishedVersion, revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
  endpoints: [submitReferralEndpoint],
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Questions',
          fields: [
            { name: 'title', type: 'text', required: true },
            { name: 'intro', label: 'Start page text', type: 'textarea' },
            { name: 'oneQuestionPerPage', label: 'Ask one question per page', type: 'checkbox', defaultValue: false },
            pagesField,
          ],
        },
        {
          label: 'Eligibility and routing',
          fields: [
            {
              name: 'eligibilityGate',
              label: 'Check eligibility (uses the eligibility criteria) before the answers are checked',
              type: 'checkbox',
              defaultValue: false,
            },
            {
              name: 'routing',
              type: 'group',
              fields: [
                {
                  name: 'rules',
                  type: 'array',
                  admin: { description: 'The first rule that matches chooses the service.' },
                  fields: [conditionGroupField('when', 'When'), { name: 'service', type: 'relationship', relationTo: 'services', required: true }],
                },
                { name: 'defaultService', type: 'relationship', relationTo: 'services' },
              ],
            },
          ],
        },
        { label: 'Messages', fields: messageFields },
      ],
    },
    slugField(),
    { name: 'version', type: 'number', defaultValue: 0, admin: { position: 'sidebar', readOnly: true, description: 'Goes up by one on each publish.' } },
    {
      name: 'retentionDays',
      label: 'Keep submissions for (days)',
      type: 'number',
      required: true,
      defaultValue: 730,
      min: 30,
      admin: { position: 'sidebar' },
    },
    {
      name: 'urgentContactWorkingDays',
      label: 'Urgent referrals: first contact within (working days)',
      type: 'number',
      required: true,
      defaultValue: DEFAULT_URGENT_CONTACT_WORKING_DAYS,
      validate: (value: unknown) =>
        (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 10) || 'Enter a whole number of working days from 1 to 10',
      admin: {
        position: 'sidebar',
        step: 1,
        description: 'Told to a trainee whose answers made the referral urgent, on the confirmation page and in their email.',
      },
    },
  ],
}
