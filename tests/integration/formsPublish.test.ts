import { afterAll, describe, expect, it } from '@jest/globals'

import { startPayload } from '../helpers/payload'

const running = startPayload()
afterAll(async () => (await running).destroy())

const page = (pageId: string, extra: Record<string, unknown> = {}) => ({
  pageId,
  title: `Page ${pageId}`,
  kind: 'questions',
  questions: [{ blockType: 'shortText', key: `${pageId.replace(/-/g, '')}Answer`, label: `Answer for ${pageId}`, required: true }],
  ...extra,
})

const baseForm = {
  title: 'Smoke form',
  confirmation: 'We will contact you. Your reference is {{reference}}.',
  traineeEmail: { subject: 'Your reference {{reference}}', body: 'Thank you {{firstName}}.' },
  serviceEmail: { subject: 'New referral {{reference}}', body: 'See {{adminLink}}' },
  urgentEmail: { subject: 'URGENT referral {{reference}}', body: 'See {{adminLink}}' },
}

describe('publishing a form', () => {
  it('refuses a form with an unreachable page, naming the page', async () => {
    const payload = await running
    const unreachable = {
      ...baseForm,
      slug: 'unreachable-form',
      pages: [
        page('first', { branches: [{ when: { match: 'all', conditions: [] }, goTo: 'check-answers' }] }),
        page('orphan'),
      ],
      _status: 'published',
    }
    const refusal = await payload.create({ collection: 'forms', data: unreachable as never }).catch((error: unknown) => error)
    const errors = (refusal as { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? []
    expect(errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'pages.1.pageId', message: expect.stringMatching(/Page orphan/) })]))
  })

  it('publishes a valid form as version 1 and freezes a snapshot', async () => {
    const payload = await running
    const form = await payload.create({
      collection: 'forms',
      data: { ...baseForm, slug: 'valid-form', pages: [page('first'), page('second')], _status: 'published' } as never,
    })
    expect(form.version).toBe(1)
    const versions = await payload.find({ collection: 'form-versions', where: { slug: { equals: 'valid-form' } } })
    expect(versions.docs).toHaveLength(1)
    expect(versions.docs[0].definition).toMatchObject({ slug: 'valid-form', version: 1, pages: [{ id: 'first' }, { id: 'second' }] })
  })
})
