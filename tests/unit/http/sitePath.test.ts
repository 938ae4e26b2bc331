import { describe, expect, it } from '@jest/globals'

import { sitePath } from '@/http/sitePath'

const ORIGIN = 'https://psu.example.nhs.uk'

describe('sitePath keeps only same-origin paths', () => {
  it.each([
    ['/services/coaching-service', '/services/coaching-service'],
    ['/resources?audience=doctors#list', '/resources?audience=doctors#list'],
    ['/a/../b', '/b'],
    ['https://psu.example.nhs.uk/policies', '/policies'],
    [null, '/'],
    ['', '/'],
    ['//evil.example', '/'],
    ['/\t/evil.example', '/'],
    ['/\\evil.example', '/'],
    ['\\\\evil.example', '/'],
    ['/.//evil.example', '/'],
    ['https://evil.example/', '/'],
    ['javascript:alert(1)', '/'],
    ['http://psu.example.nhs.uk/', '/'],
    ['/%0d%0aSet-Cookie:x=1', '/%0d%0aSet-Cookie:x=1'],
    ['/\r\nSet-Cookie: x=1', '/Set-Cookie:%20x=1'],
    ['/ok\u0000', '/ok'],
  ])('%j → %j', (value, expected) => {
    const path = sitePath(value, ORIGIN)
    expect(path).toBe(expected)
    expect(path).toMatch(/^\/(?![/\\])[^\s]*$/)
  })
})
