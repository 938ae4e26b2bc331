import { describe, expect, it } from '@jest/globals'

import { isSafeHref, SAFE_HREF_MESSAGE, safeHrefOrUndefined, safeHrefSchema } from '@/site/safeHref'

describe('safeHref', () => {
  it.each([
    'https://www.nhs.uk',
    'https://www.nhs.uk/mental-health/?from=psu#help',
    'HTTPS://example.nhs.uk',
    '/resources',
    '/',
    '/who-can-access#eligibility',
    'mailto:psu.lase@hee.nhs.uk',
    'mailto:psu@nhs.net?subject=Referral',
    'tel:0300 131 7000',
    'tel:+44 (0)300-131-7000',
  ])('accepts %j', (href) => {
    expect(isSafeHref(href)).toBe(true)
  })

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'http://example.org',
    'https://',
    'https:/example.org',
    'https://www.nhs.uk@evil.example/',
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    'evil.example',
    'resources',
    '#top',
    'mailto:',
    'mailto://evil.example',
    'tel:',
    'tel:0300;javascript:alert(1)',
    '/path with spaces',
    '',
    `https://example.org/${'a'.repeat(2000)}`,
  ])('refuses %j', (href) => {
    expect(isSafeHref(href)).toBe(false)
  })

  it('says what to enter', () => {
    const result = safeHrefSchema.safeParse('javascript:alert(1)')
    expect(result.success ? undefined : result.error.issues[0].message).toBe(SAFE_HREF_MESSAGE)
  })

  it('leaves out unsafe links and non-strings when rendering', () => {
    expect(safeHrefOrUndefined('data:text/html,x')).toBeUndefined()
    expect(safeHrefOrUndefined(undefined)).toBeUndefined()
    expect(safeHrefOrUndefined('/policies')).toBe('/policies')
  })
})
