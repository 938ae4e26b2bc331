import type { ArrayField } from 'payload'

import { questionBlocks } from '../questions'
import { conditionGroupField } from './conditionGroup'

/** The form's pages: question pages with branching, and exit pages with signposting. */
export const pagesField: ArrayField = {
  name: 'pages',
  type: 'array',
  minRows: 1,
  admin: { initCollapsed: true },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'pageId',
          label: 'Page key',
          type: 'text',
          required: true,
          admin: { description: 'Stable name used by branches, e.g. contact-details.' },
        },
        { name: 'title', type: 'text', required: true },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'questions',
          options: [
            { label: 'Questions', value: 'questions' },
            { label: 'Exit page ("you cannot continue because…")', value: 'exit' },
          ],
        },
      ],
    },
    conditionGroupField('showWhen', 'Show this page only when', 'Leave empty to always show it.'),
    {
      name: 'questions',
      type: 'blocks',
      blocks: questionBlocks,
      admin: { condition: (_, sibling) => sibling?.kind !== 'exit', initCollapsed: true },
    },
    {
      name: 'branches',
      label: 'Branching: go to another page when…',
      type: 'array',
      admin: { condition: (_, sibling) => sibling?.kind !== 'exit', description: 'Checked in order after this page; otherwise the next page.' },
      fields: [
        conditionGroupField('when', 'When'),
        { name: 'goTo', label: 'Go to page key (or check-answers)', type: 'text', required: true },
      ],
    },
    {
      name: 'exitContent',
      label: 'Why the trainee cannot continue, and where else to get help',
      type: 'richText',
      admin: { condition: (_, sibling) => sibling?.kind === 'exit' },
    },
  ],
}
