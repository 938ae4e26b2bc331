import { describe, expect, it } from '@jest/globals'

import { applicationFormFor, psuApplicationForm, toFormDocument } from '@/seed/content/forms'
import { seedServices } from '@/seed/content/services'

const serviceIds = Object.fromEntries(seedServices.map((service, index) => [service.slug, index + 1]))

describe('toFormDocument', () => {
  const doc = toFormDocument(psuApplicationForm, serviceIds)

  it('publishes, with routing services as ids and condition values as lists of text', () => {
    expect(doc).toMatchObject({
      slug: 'psu-application',
      _status: 'published',
      retentionDays: 730,
      routing: {
        defaultService: serviceIds['individual-support-team'],
        rules: expect.arrayContaining([
          { when: { match: 'all', conditions: [{ field: 'servicesOfInterest', operator: 'includes', values: ['careers-unit'] }] }, service: serviceIds['careers-unit'] },
        ]),
      },
    })
  })

  it('writes questions as blocks, risk questions flagged, and exit text as rich text', () => {
    const pages = doc.pages as Array<Record<string, unknown>>
    const wellbeing = pages.find((page) => page.pageId === 'wellbeing')
    expect(wellbeing?.questions).toEqual(
      expect.arrayContaining([expect.objectContaining({ blockType: 'yesNo', key: 'harmThoughts', risk: { isRisk: true, triggerValues: ['yes'] } })]),
    )
    const exit = pages.find((page) => page.pageId === 'region-exit')
    expect(exit).toMatchObject({ kind: 'exit', questions: [], exitContent: { root: { type: 'root' } } })
  })

  it('refuses to route to a service that was not seeded', () => {
    expect(() => toFormDocument(psuApplicationForm, {})).toThrow(/not seeded/)
  })

  it('applies to dyslexia assessments through its own form and to every other service through the PSU form', () => {
    expect(seedServices.map((service) => [service.slug, applicationFormFor(service.slug)])).toEqual(
      seedServices.map((service) => [service.slug, service.slug === 'dyslexia-assessments' ? 'dyslexia-assessment' : 'psu-application']),
    )
  })
})
