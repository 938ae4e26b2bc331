import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

import { getApplicationFor, getApplicationForms } from '@/content/applicationForms'
import { searchContent } from '@/content/search'
import { GENERAL_APPLICATION_SLUG, paths } from '@/site/paths'

import { startPayload } from '../helpers/payload'

jest.setTimeout(120_000)

const running = startPayload()
afterAll(async () => (await running).destroy())

let payload: Payload

beforeAll(async () => {
  payload = await running
})

const firstHref = async (query: string) => (await searchContent(query)).groups[0]?.hits[0]?.href

describe('search puts urgent help and the application first', () => {
  it.each([
    ['crisis', paths.urgentHelp()],
    ['suicide', paths.urgentHelp()],
    ['self harm', paths.urgentHelp()],
    ['Self-harm', paths.urgentHelp()],
    ['samaritans', paths.urgentHelp()],
    ['urgent', paths.urgentHelp()],
    ['help now', paths.urgentHelp()],
    ['frontline', paths.urgentHelp()],
    ['apply', paths.apply(GENERAL_APPLICATION_SLUG)],
    ['application form', paths.apply(GENERAL_APPLICATION_SLUG)],
    ['dyslexia assessment', paths.apply('dyslexia-assessment')],
    ['coaching', paths.service('coaching-service')],
  ])('"%s" → %s', async (query, href) => {
    await expect(firstHref(query)).resolves.toBe(href)
  })

  it('finds a support line added in the admin by its name', async () => {
    await payload.create({ collection: 'support-lines', data: { name: 'Shout 85258', textCode: 'SHOUT', textNumber: '85258' } })
    await expect(firstHref('shout')).resolves.toBe(paths.urgentHelp())
  })

  it('offers nothing for words that match nothing, and no fixed page for "coaching"', async () => {
    await expect(searchContent('zzzz-nothing')).resolves.toMatchObject({ total: 0, groups: [] })
    const groups = (await searchContent('coaching')).groups.map((group) => group.kind)
    expect(groups).not.toContain('help')
    expect(groups).not.toContain('application')
  })
})

describe('application links', () => {
  it('lists published forms only, by slug and title', async () => {
    await payload.create({ collection: 'forms', draft: true, data: { title: 'Unfinished form', slug: 'unfinished-form', _status: 'draft' } as never })
    const forms = await getApplicationForms()
    expect(forms.map((form) => form.slug).sort()).toEqual(['dyslexia-assessment', 'psu-application'])
    for (const form of forms) expect(Object.keys(form).sort()).toEqual(['href', 'id', 'slug', 'title'])
  })

  it.each([
    ['dyslexia-assessments', '/apply/dyslexia-assessment'],
    ['careers-unit', '/apply/psu-application'],
    ['caps', '/apply/psu-application'],
  ])('the %s service applies through %s', async (slug, href) => {
    const { docs } = await payload.find({ collection: 'services', where: { slug: { equals: slug } }, depth: 0 })
    await expect(getApplicationFor(docs[0]?.applicationForm).then((form) => form?.href)).resolves.toBe(href)
  })

  it('a service with no form, or an unknown one, gets the general application', async () => {
    await expect(getApplicationFor(null).then((form) => form?.href)).resolves.toBe('/apply/psu-application')
    await expect(getApplicationFor(987_654).then((form) => form?.href)).resolves.toBe('/apply/psu-application')
  })
})
