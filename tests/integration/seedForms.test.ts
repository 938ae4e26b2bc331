import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

import { toFormDefinition } from '@collections/Forms/toFormDefinition'
import { nextStep, publishChecks, routeService, validateAnswers, walkJourney, type FormDefinition } from '@/forms'
import { seedContent } from '@/seed'

import { startPayload } from '../helpers/payload'
import { dyslexiaApplicantAnswers, eligibleDoctorAnswers } from '../unit/seed/content/forms/formAnswers'

// Booting Payload and running the whole seed takes several seconds on a busy machine.
jest.setTimeout(120_000)

const running = startPayload()
afterAll(async () => (await running).destroy())

const now = new Date('2025-06-02T10:00:00Z')

describe('seeded forms', () => {
  let payload: Payload
  const defs: Record<string, FormDefinition> = {}

  beforeAll(async () => {
    payload = await running
    // depth 1 populates the routing services, so the definition names them by slug.
    const { docs } = await payload.find({ collection: 'forms', depth: 1, limit: 10 })
    for (const doc of docs) defs[doc.slug] = toFormDefinition(doc as unknown as Record<string, unknown>)
  })

  it('publishes both forms as version 1, each with one frozen snapshot', async () => {
    for (const slug of ['psu-application', 'dyslexia-assessment']) {
      const { docs } = await payload.find({ collection: 'forms', where: { slug: { equals: slug } }, depth: 0 })
      expect(docs).toEqual([expect.objectContaining({ _status: 'published', version: 1 })])
      const versions = await payload.find({ collection: 'form-versions', where: { slug: { equals: slug } }, depth: 0 })
      expect(versions.docs).toHaveLength(1)
      expect(versions.docs[0]).toMatchObject({ version: 1, retentionDays: 730, definition: defs[slug] })
    }
    await expect(payload.count({ collection: 'forms' })).resolves.toEqual({ totalDocs: 2 })
  })

  it('passes the publish checks as stored', () => {
    expect(publishChecks(defs['psu-application'])).toEqual([])
    expect(publishChecks(defs['dyslexia-assessment'])).toEqual([])
  })

  it('keeps the messages, with the reference in each and no answers in the service email', async () => {
    const [doc] = (await payload.find({ collection: 'forms', where: { slug: { equals: 'psu-application' } } })).docs
    expect(doc.confirmation).toMatch(/10 working days[\s\S]*\{\{reference\}\}[\s\S]*urgent help/)
    expect(doc.serviceEmail).toEqual({ subject: expect.stringContaining('{{reference}}'), body: expect.stringContaining('{{adminLink}}') })
    expect(doc.serviceEmail?.body).not.toMatch(/\{\{(?!reference|serviceName|adminLink)/)
  })

  it('takes an eligible doctor in London to check answers', () => {
    expect(walkJourney(defs['psu-application'], eligibleDoctorAnswers).end).toEqual({ kind: 'check-answers' })
  })

  it('sends region "other" to the region exit page, with its signposting', () => {
    const def = defs['psu-application']
    expect(walkJourney(def, { ...eligibleDoctorAnswers, region: 'other' }).end).toEqual({ kind: 'exit', pageId: 'region-exit' })
    expect(def.pages.find((page) => page.id === 'region-exit')?.exitContent).toMatch(/<li[\s\S]*0300 131 7000[\s\S]*psu\.lase@hee\.nhs\.uk/)
    expect(def.pages.find((page) => page.id === 'region-exit')?.exitContent).not.toMatch(/<li\b[^>]*\svalue=/)
  })

  it('sends a trainee with a previous full assessment to the already-assessed exit', () => {
    const answers = { ...dyslexiaApplicantAnswers, previousFullAssessment: 'yes' }
    expect(walkJourney(defs['dyslexia-assessment'], answers).end).toEqual({ kind: 'exit', pageId: 'already-assessed' })
    expect(walkJourney(defs['dyslexia-assessment'], dyslexiaApplicantAnswers).end).toEqual({ kind: 'check-answers' })
  })

  it('interrupts with urgent help when harmThoughts is yes', () => {
    const def = defs['psu-application']
    const answers = { ...eligibleDoctorAnswers, harmThoughts: 'yes' }
    expect(nextStep(def, answers, 'wellbeing')).toEqual({ kind: 'interruption', reason: 'risk', after: 'wellbeing' })
    expect(walkJourney(def, answers).riskPages).toEqual(['wellbeing'])
  })

  it('routes to the careers unit when it is ticked, and to the dyslexia service from its form', () => {
    expect(routeService(defs['psu-application'], eligibleDoctorAnswers)).toBe('careers-unit')
    expect(routeService(defs['psu-application'], { ...eligibleDoctorAnswers, servicesOfInterest: ['coaching-service'] })).toBe('coaching-service')
    expect(routeService(defs['dyslexia-assessment'], dyslexiaApplicantAnswers)).toBe('dyslexia-assessments')
  })

  it('accepts a full valid answer set and refuses a bad GMC number, naming the GMC', () => {
    expect(validateAnswers(defs['psu-application'], eligibleDoctorAnswers, { now })).toMatchObject({ ok: true })
    expect(validateAnswers(defs['dyslexia-assessment'], dyslexiaApplicantAnswers, { now })).toMatchObject({ ok: true })
    const bad = validateAnswers(defs['psu-application'], { ...eligibleDoctorAnswers, gmcNumber: 'GMC12' }, { now })
    expect(bad).toEqual({ ok: false, errors: [{ field: 'gmcNumber', message: expect.stringMatching(/GMC/) }] })
  })

  it('points every service at its application form', async () => {
    const { docs } = await payload.find({ collection: 'services', depth: 1, limit: 50 })
    const forms = Object.fromEntries(docs.map((doc) => [doc.slug, typeof doc.applicationForm === 'object' ? doc.applicationForm?.slug : undefined]))
    expect(Object.keys(forms)).toHaveLength(11)
    for (const [slug, form] of Object.entries(forms)) {
      expect([slug, form]).toEqual([slug, slug === 'dyslexia-assessments' ? 'dyslexia-assessment' : 'psu-application'])
    }
    expect(docs.every((doc) => doc._status === 'published')).toBe(true)
  })

  it('is idempotent: seeding again adds no form or version and keeps an editor’s choice of form', async () => {
    const count = async () => [(await payload.count({ collection: 'forms' })).totalDocs, (await payload.count({ collection: 'form-versions' })).totalDocs]
    const before = await count()
    const [careers] = (await payload.find({ collection: 'services', where: { slug: { equals: 'careers-unit' } } })).docs
    const dyslexiaForm = (await payload.find({ collection: 'forms', where: { slug: { equals: 'dyslexia-assessment' } } })).docs[0]
    await payload.update({ collection: 'services', id: careers.id, data: { applicationForm: dyslexiaForm.id }, context: { disableRevalidate: true } })
    await seedContent(payload)
    await seedContent(payload)
    expect(await count()).toEqual(before)
    const after = await payload.findByID({ collection: 'services', id: careers.id, depth: 0 })
    expect(after.applicationForm).toBe(dyslexiaForm.id)
  })
})
