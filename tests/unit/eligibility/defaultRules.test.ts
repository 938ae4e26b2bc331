import { describe, expect, it } from '@jest/globals'

import { defaultEligibilityRules } from '@/eligibility/defaultRules'
import { isFactKey } from '@/eligibility/facts'

describe('defaultEligibilityRules', () => {
  it('has one required rule and four routes, keyed as the seed expects', () => {
    expect(defaultEligibilityRules.map((rule) => [rule.key, rule.role])).toEqual([
      ['region', 'required'],
      ['doctors-dentists', 'route'],
      ['banded-professionals', 'route'],
      ['pharmacists', 'route'],
      ['workforce-schemes', 'route'],
    ])
  })

  it.each([
    ['region', 'Healthcare professionals within London and Kent, Surrey & Sussex'],
    [
      'doctors-dentists',
      'Postgraduate Doctors & Dentists who hold a London or KSS training number (Foundation years until CCT)',
    ],
    [
      'banded-professionals',
      'Healthcare professionals between Bands 5 - 8 in a recognised training scheme (eg nurse preceptorship or development for more specialised clinical roles)',
    ],
    [
      'workforce-schemes',
      'Doctors who have passed the entry requirements & have been offered a placement on the Induction & Returning (I&R),  Retainer or International GP recruitment (IGPR) and the Clinical Apprenticement Placement (CAPS) workforce schemes',
    ],
  ])('keeps the page wording for %s', (key, explanation) => {
    expect(defaultEligibilityRules.find((rule) => rule.key === key)?.explanation).toBe(explanation)
  })

  it('names every pharmacy programme from the page', () => {
    const pharmacists = defaultEligibilityRules.find((rule) => rule.key === 'pharmacists')
    for (const phrase of [
      'Pre-registration Pharmacists',
      'Pharmacy technicians',
      'Foundation Pharmacists',
      'General practice pharmacist training pathway',
    ]) {
      expect(pharmacists?.explanation).toContain(phrase)
    }
  })

  it('only tests known facts and explains the failed required rule', () => {
    const fields = defaultEligibilityRules.flatMap((rule) => rule.when.conditions.map((condition) => condition.field))
    expect(fields.every(isFactKey)).toBe(true)
    expect(defaultEligibilityRules[0].notMetReason).toMatch(/London and Kent, Surrey & Sussex only/)
  })
})
