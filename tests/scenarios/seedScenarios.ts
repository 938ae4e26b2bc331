import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { seedContent } from '@/seed'
import { unset } from '../helpers/unset'

/** The seed loads every item of the PSU page, idempotently; run on each database adapter. */
export function seedScenarios(start: () => Promise<Payload>): void {
  let payload: Payload
  // Booting Payload (schema, seed) takes longer than a test's default 5 s on a busy machine.
  beforeAll(async () => {
    payload = await start()
  }, 120_000)

  const countAll = async () => {
    const slugs = ['services', 'resources', 'policies', 'support-lines', 'eligibility-criteria', 'media', 'users'] as const
    const counts = await Promise.all(slugs.map((collection) => payload.count({ collection })))
    return Object.fromEntries(slugs.map((slug, index) => [slug, counts[index].totalDocs]))
  }

  describe('seed', () => {
    it('loads every service of the page: six tabs, dyslexia assessments and four workforce schemes', async () => {
      const { docs } = await payload.find({ collection: 'services', limit: 50, sort: 'navOrder' })
      expect(docs.map((doc) => doc.title)).toEqual([
        'Careers Unit',
        'Individual Support Team',
        'Communication Skills',
        'Supported Return to Training',
        'Coaching Service',
        'COVID-19 Wellbeing Hub',
        'Dyslexia Assessments',
        'Induction & Returning (I&R)',
        'Retainer',
        'International GP recruitment (IGPR)',
        'Clinical Apprenticement Placement (CAPS)',
      ])
      expect(docs.every((doc) => doc._status === 'published')).toBe(true)
    })

    it('loads the four crisis lines with their numbers exactly as the page gives them', async () => {
      const { docs } = await payload.find({ collection: 'support-lines', sort: 'order' })
      expect(docs.map(({ phone, phoneHours, textCode, textNumber, textHours }) => ({ phone, phoneHours, textCode, textNumber, textHours }))).toEqual([
        { phone: '0300 131 7000', phoneHours: 'between 7am-11pm', textCode: 'FRONTLINE', textNumber: '85258', textHours: '24hrs/day' },
        { phone: '0330 123 1245', phoneHours: '24/7', textCode: unset(), textNumber: unset(), textHours: unset() },
        { phone: '116 123', phoneHours: unset(), textCode: unset(), textNumber: unset(), textHours: unset() },
        { phone: unset(), phoneHours: unset(), textCode: 'NHSPH', textNumber: '85258', textHours: unset() },
      ])
    })

    it('loads the seven policies with their dates and a placeholder document each', async () => {
      const { docs } = await payload.find({ collection: 'policies', sort: 'order', depth: 1 })
      expect(docs.map((doc) => [doc.title, doc.publishedDate?.slice(0, 7) ?? null, doc.datePrecision])).toEqual([
        ['PSU Eligibility Criteria', '2019-05', 'month'],
        ['PSU Privacy Statement', unset(), 'day'],
        ['Managing Fatigue associated with working nights', unset(), 'day'],
        ['Complaints Policy', '2016-12', 'month'],
        ['Support for non training grades and post CCT', unset(), 'day'],
        ['Confidentiality Policy', '2018-11', 'month'],
        ['Benefits of becoming a reflective practitioner - joint statement', '2019-01', 'year'],
      ])
      for (const doc of docs) {
        expect(doc.document).toMatchObject({ isPlaceholder: true, mimeType: 'application/pdf' })
      }
    })

    it('loads the four COVID-19 hub offers and the eligibility rules', async () => {
      const resources = await payload.find({ collection: 'resources', sort: 'title' })
      expect(resources.docs.map((doc) => doc.title).sort()).toEqual(
        ['1:1 Support', 'Online Courses', 'Online Wellbeing Resources', 'Virtual Group Support'].sort(),
      )
      const rules = await payload.find({ collection: 'eligibility-criteria', sort: 'order' })
      expect(rules.docs.map((doc) => [doc.key, doc.role])).toEqual([
        ['region', 'required'],
        ['doctors-dentists', 'route'],
        ['banded-professionals', 'route'],
        ['pharmacists', 'route'],
        ['workforce-schemes', 'route'],
      ])
    })

    it('loads the site settings and contact routing', async () => {
      const settings = await payload.findGlobal({ slug: 'site-settings' })
      expect(settings.contactEmail).toBe('psu.lase@hee.nhs.uk')
      const routing = await payload.findGlobal({ slug: 'contact-routing' })
      expect(routing.routes?.map((route) => route.topic)).toEqual(['contract', 'physical-health', 'rotation'])
    })

    it('is idempotent: seeding again adds nothing', async () => {
      const before = await countAll()
      await seedContent(payload)
      await seedContent(payload)
      expect(await countAll()).toEqual(before)
    })
  })
}
