import { describe, expect, it } from '@jest/globals'

import { compileForm, compilePage, validatePage } from '@/forms/compile'

import { doctorAnswers, form, NOW, nurseAnswers, page, referralForm, when, yesNo } from './fixtures'

const ctx = { now: NOW }

describe('compileForm', () => {
  it('is one zod schema that parses and refuses', () => {
    const schema = compileForm(referralForm, ctx)
    expect(schema.safeParse(nurseAnswers).success).toBe(true)
    expect(schema.safeParse({ ...nurseAnswers, extra: 1 }).success).toBe(false)
    expect(schema.parse(doctorAnswers)).toMatchObject({ gmcNumber: '1234567' })
  })

  it('fixes now at compile time', () => {
    const later = compileForm(referralForm, { now: new Date('2030-01-01T00:00:00Z') })
    expect(later.safeParse({ ...nurseAnswers, startDate: '2029-12-31' }).success).toBe(true)
  })

  it('throws for an unknown question type in the definition', () => {
    const broken = {
      ...referralForm,
      pages: [{ ...referralForm.pages[0], questions: [{ key: 'x', type: 'colour', label: 'X', required: true }] }],
    }
    expect(() => compileForm(broken as unknown as typeof referralForm, ctx)).toThrow(/Unknown question type "colour"/)
  })
})

describe('compilePage and validatePage', () => {
  it('validates only the page, refusing other pages’ keys', () => {
    expect(validatePage(referralForm, 'about', { name: 'A', email: 'a@b.co', staffGroup: 'nurse' }, {}, ctx)).toEqual({
      ok: true,
      answers: { name: 'A', email: 'a@b.co', staffGroup: 'nurse' },
    })
    expect(
      validatePage(referralForm, 'about', { name: 'A', email: 'x', staffGroup: 'nurse', region: 'london' }, {}, ctx),
    ).toEqual({
      ok: false,
      errors: [
        { field: 'email', message: 'Enter an email address in the correct format, like name@example.com' },
        { field: 'region', message: 'This answer is not part of the form' },
      ],
    })
  })

  it('skips questions hidden by earlier answers', () => {
    const def = form([page('p', { questions: [yesNo('why', { type: 'longText', showWhen: when('region', 'kss') })] })])
    expect(compilePage(def, 'p', { region: 'london' }, ctx).safeParse({}).success).toBe(true)
    expect(compilePage(def, 'p', { region: 'kss' }, ctx).safeParse({}).success).toBe(false)
  })

  it('throws for a page the form does not have', () => {
    expect(() => compilePage(referralForm, 'nowhere', {}, ctx)).toThrow(/no page "nowhere"/)
  })
})
