import { afterAll, describe, expect, it } from '@jest/globals'

import { startPayload, userWithRole } from '../helpers/payload'

const running = startPayload()
afterAll(async () => (await running).destroy())

describe('scheduled publishing', () => {
  it('publishes a draft service when its scheduled time comes and the queue runs', async () => {
    const payload = await running
    const editor = await userWithRole(payload, 'editor')
    const draft = await payload.create({
      collection: 'services',
      data: { title: 'Scheduled service', summary: 'Goes live later.', _status: 'draft' },
      draft: true,
    })
    // What the admin's "Schedule publish" does: a queued job that waits until the chosen time.
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'services', value: draft.id }, user: { relationTo: 'users', value: editor.id } },
      waitUntil: new Date(Date.now() + 1500),
    })
    const asPublic = () =>
      payload.find({ collection: 'services', where: { slug: { equals: 'scheduled-service' } }, overrideAccess: false })

    await payload.jobs.run()
    expect((await asPublic()).docs).toHaveLength(0)

    await new Promise((resolve) => setTimeout(resolve, 1600))
    await payload.jobs.run()
    expect((await asPublic()).docs.map((doc) => doc.title)).toEqual(['Scheduled service'])
  })
})
