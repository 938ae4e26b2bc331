import { describe, expect, it } from '@jest/globals'

import { escapeHtml, fillPlaceholders, oneLine, type PlaceholderValues } from '@/email'

const values: PlaceholderValues = {
  reference: 'ABCD2345',
  firstName: '<img src=x onerror=alert(1)>',
  serviceName: 'Careers & "Coaching"',
  formTitle: "Trainee's form",
  adminLink: 'https://psu.example/admin/collections/submissions/1',
}

describe('placeholders', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
  })

  it('fills every known placeholder, with or without spaces inside the braces', () => {
    const text = fillPlaceholders('{{reference}} {{ firstName }} {{serviceName}} {{formTitle}} {{adminLink}}', values)
    expect(text).toBe(`ABCD2345 ${values.firstName} ${values.serviceName} ${values.formTitle} ${values.adminLink}`)
  })

  it('encodes the values, not the template, when asked', () => {
    expect(fillPlaceholders('<p>{{firstName}}</p>', values, escapeHtml)).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>')
  })

  it('leaves unknown placeholders as written, including prototype names', () => {
    expect(fillPlaceholders('{{lastName}} {{constructor}} {{__proto__}}', values)).toBe('{{lastName}} {{constructor}} {{__proto__}}')
  })

  it('makes header values one line', () => {
    expect(oneLine('Subject\r\nBcc: someone@example.org')).toBe('Subject Bcc: someone@example.org')
  })
})
