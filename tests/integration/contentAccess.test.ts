import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import config from '@payload-config'
import type { Payload } from 'payload'

import { loadPublishedForm } from '@/submissions/publishedForm'
import { startPayload } from '../helpers/payload'
import { publishReferralForm, validAnswers } from '../helpers/referralForm'
import { restClient } from '../helpers/rest'

const running = startPayload()
const api = restClient(config)
const PASSWORD = 'a-long-staff-password'
const tokens: Record<string, string> = {}
let payload: Payload
let formId: string | number
let versionId: string | number

/** Words only the staff side of a form holds: an email template and a risk trigger. */
const STAFF_ONLY = ['New referral {{reference}}', 'triggerValues']

beforeAll(async () => {
  payload = await running
  await publishReferralForm(payload, 'content-access')
  formId = (await payload.find({ collection: 'forms', where: { slug: { equals: 'content-access' } } })).docs[0].id
  versionId = (await payload.find({ collection: 'form-versions', where: { slug: { equals: 'content-access' } } })).docs[0].id
  for (const role of ['admin', 'editor', 'caseworker', 'manager']) {
    const email = `${role}@content-access.test`
    await payload.create({ collection: 'users', data: { email, password: PASSWORD, roles: [role] } as never })
    tokens[role] = (await api.login(email, PASSWORD)).token
  }
})
afterAll(async () => (await running).destroy())

describe('forms and their published versions: staff only', () => {
  const paths = () => ['forms', `forms/${formId}`, 'forms/versions', 'form-versions', `form-versions/${versionId}`]

  it('refuses every anonymous REST read, with none of the form in the answer', async () => {
    for (const path of paths()) {
      const response = await api.request('GET', path)
      expect([path, response.status]).toEqual([path, 403])
      for (const words of STAFF_ONLY) expect(JSON.stringify(response.json)).not.toContain(words)
    }
  })

  it.each(['admin', 'editor', 'caseworker', 'manager'])('lets %s read them', async (role) => {
    for (const path of paths()) expect([path, (await api.request('GET', path, { token: tokens[role] })).status]).toEqual([path, 200])
  })

  it('gives anonymous GraphQL no form, and staff GraphQL the forms', async () => {
    const query = '{ Forms { docs { title routing { rules { id } } serviceEmail { body } } } PublishedFormVersions { docs { messages } } }'
    const anonymous = await api.graphql(query)
    expect(anonymous.json.errors).toEqual(expect.arrayContaining([expect.objectContaining({ message: expect.stringMatching(/not allowed/i) })]))
    for (const words of STAFF_ONLY) expect(JSON.stringify(anonymous.json)).not.toContain(words)
    const staff = await api.graphql(query, tokens.editor)
    expect(staff.json.errors).toBeUndefined()
    expect(JSON.stringify(staff.json)).toContain('New referral {{reference}}')
  })

  it('still serves the public journey from the server: the published form and its submission endpoint', async () => {
    expect(await loadPublishedForm(payload, 'content-access')).toMatchObject({ slug: 'content-access', version: 1 })
    const submitted = await api.request('POST', 'forms/content-access/submissions', {
      body: { answers: validAnswers() },
      headers: { 'x-forwarded-for': '10.9.9.9' },
    })
    expect(submitted).toMatchObject({ status: 201, json: { reference: expect.any(String) } })
  })
})

describe('links editors enter: https, mailto, tel and site paths only', () => {
  const refused = [
    'data:text/html,<script>alert(1)</script>',
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'vbscript:msgbox(1)',
    'http://example.org',
    '//evil.example/path',
    '/\\evil.example',
    'https:/evil.example',
    'evil.example',
    'tel:0300<script>',
  ]
  const accepted = ['https://www.nhs.uk/mental-health/', '/resources', '/who-can-access#eligibility', 'mailto:psu@nhs.net', 'tel:0300 131 7000']

  /** Each link field an editor fills in, saved through the REST API as an editor. */
  const fields = {
    'site-settings navigation': (href: string) =>
      api.request('POST', 'globals/site-settings', { token: tokens.editor, body: { navigation: [{ label: 'Extra', href }] } }),
    'resource link': async (url: string) => {
      const { docs } = await payload.find({ collection: 'resources', limit: 1, depth: 0 })
      return api.request('PATCH', `resources/${docs[0].id}`, { token: tokens.editor, body: { url } })
    },
    'support line link': async (link: string) => {
      const { docs } = await payload.find({ collection: 'support-lines', limit: 1, depth: 0 })
      return api.request('PATCH', `support-lines/${docs[0].id}`, { token: tokens.editor, body: { link } })
    },
  }
  const cases = Object.keys(fields).flatMap((field) => [
    ...refused.map((href) => [field, href, 400] as const),
    ...accepted.map((href) => [field, href, 200] as const),
  ])

  it.each(cases)('%s %j → %i', async (field, href, status) => {
    const response = await fields[field as keyof typeof fields](href)
    expect(response.status).toBe(status)
    if (status === 400) {
      expect(JSON.stringify(response.json)).toMatch(/Enter a link starting with https:\/\/, mailto: or tel:/)
    }
  })
})
