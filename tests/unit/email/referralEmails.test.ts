import { describe, expect, it } from '@jest/globals'

import { describeSupportLine, referralEmail, type ReferralEmailContext } from '@/email'

const context: ReferralEmailContext = {
  reference: 'K7PX2MRQ',
  priority: 'normal',
  firstName: 'Amira <script>alert(1)</script>',
  serviceName: 'Careers Unit',
  formTitle: 'Apply to the <PSU>',
  adminLink: 'https://psu.example/admin/collections/submissions/42',
  whatHappensNext: 'We will contact you within 10 working days.\n\nQuote {{reference}}.',
  urgentContactWorkingDays: 1,
  supportLines: [
    { name: 'The NHS Frontline service', whoFor: 'all NHS staff', phone: '0300 131 7000', phoneHours: '7am-11pm', textCode: 'FRONTLINE', textNumber: '85258' },
    { name: "The BMA's 24/7 counselling service", phone: '0330 123 1245', link: 'https://www.bma.org.uk' },
    { name: 'The Samaritans', phone: '116 123' },
    { name: "The Practitioner Support Programme's crisis line", textCode: 'NHSPH', textNumber: '85258' },
  ],
  templates: {
    trainee: { subject: 'Your referral {{reference}}', body: 'Dear {{firstName}},\n\nThank you for applying to {{formTitle}}.' },
    service: { subject: 'New referral {{reference}} from {{firstName}}', body: 'Open {{adminLink}}' },
    urgent: { subject: 'Referral {{reference}}', body: 'Respond today: {{adminLink}}' },
  },
}

describe('referralEmail', () => {
  it('links the trainee, and only the trainee, to the status page with the reference filled in', () => {
    const statusLink = 'https://psu.example/referral-status?reference=K7PX2MRQ'
    const trainee = referralEmail('trainee', { ...context, statusLink })
    expect(trainee.text).toContain(`Check where your referral is: ${statusLink}`)
    expect(trainee.html).toContain(`<a href="${statusLink}">Check where your referral is</a>`)
    for (const kind of ['service', 'urgent'] as const) expect(referralEmail(kind, { ...context, statusLink }).text).not.toContain('referral-status')
  })

  it('confirms to the trainee with the reference, what happens next and the four crisis lines', () => {
    const email = referralEmail('trainee', context)
    expect(email.subject).toBe('Your referral K7PX2MRQ')
    expect(email.text).toContain('Your reference\nK7PX2MRQ')
    expect(email.text).toContain('We will contact you within 10 working days.')
    expect(email.text).toContain('Quote K7PX2MRQ.')
    expect(email.text).toContain('The NHS Frontline service (for all NHS staff): call 0300 131 7000 (7am-11pm), text FRONTLINE to 85258')
    for (const line of context.supportLines) expect(email.text).toContain(line.name)
    expect(email.priority).toBe('normal')
  })

  it('escapes answers and staff text in the HTML part, and keeps the text part as written', () => {
    const email = referralEmail('trainee', context)
    expect(email.html).toContain('Dear Amira &lt;script&gt;alert(1)&lt;/script&gt;,')
    expect(email.html).toContain('Apply to the &lt;PSU&gt;')
    expect(email.html).not.toMatch(/<script|<PSU>/)
    expect(email.html).toContain('The BMA&#39;s 24/7 counselling service')
    expect(email.text).toContain('Dear Amira <script>alert(1)</script>,')
  })

  it('notifies the service with the reference, priority and admin link, and no answers', () => {
    const email = referralEmail('service', context)
    expect(email.subject).toBe('New referral K7PX2MRQ from the trainee')
    expect(email.text).toContain('Reference: K7PX2MRQ')
    expect(email.text).toContain('Priority: Normal')
    expect(email.html).toContain('<a href="https://psu.example/admin/collections/submissions/42">')
    expect(`${email.subject}${email.text}${email.html}`).not.toMatch(/Amira|Frontline/)
  })

  it('marks the duty notification URGENT in subject, body and priority', () => {
    const email = referralEmail('urgent', { ...context, priority: 'urgent' })
    expect(email.subject).toBe('URGENT: Referral K7PX2MRQ')
    expect(email.text.startsWith('URGENT')).toBe(true)
    expect(email.text).toContain('Priority: URGENT')
    expect(email.priority).toBe('high')
    expect(referralEmail('urgent', { ...context, templates: { ...context.templates, urgent: { subject: 'Urgent {{reference}}', body: '' } } }).subject).toBe('Urgent K7PX2MRQ')
  })

  it('links only to http(s) addresses', () => {
    const email = referralEmail('service', { ...context, adminLink: 'javascript:alert(1)' })
    expect(email.html).not.toContain('href="javascript')
  })
})

describe("the trainee's email: how soon the PSU will be in touch", () => {
  it.each([
    { priority: 'normal', days: 1, says: ['We will contact you within 10 working days.', 'Quote K7PX2MRQ.'], never: /urgently/ },
    {
      priority: 'urgent',
      days: 1,
      says: ['Because of your answers, we will look at your application urgently.', 'A PSU Coordinator will contact you within 1 working day.'],
      never: /10 working days/,
    },
    { priority: 'urgent', days: 2, says: ['A PSU Coordinator will contact you within 2 working days.'], never: /10 working days|1 working day\b/ },
  ] as const)('a $priority referral (urgent within $days) says what happens next', ({ priority, days, says, never }) => {
    const email = referralEmail('trainee', { ...context, priority, urgentContactWorkingDays: days })
    const next = email.text.split('What happens next\n')[1].split('\n\n')[0]
    for (const sentence of says) {
      expect(next).toContain(sentence)
      expect(email.html).toContain(sentence)
    }
    expect(email.text).not.toMatch(never)
    expect(email.html).not.toMatch(never)
  })
})

describe('describeSupportLine', () => {
  it('gives whichever of phone, text and link a line has', () => {
    expect(describeSupportLine({ name: 'Samaritans', phone: '116 123', link: 'https://www.samaritans.org' })).toBe('Samaritans: call 116 123, https://www.samaritans.org')
    expect(describeSupportLine({ name: 'Line' })).toBe('Line')
  })
})
