import { GENERAL_APPLICATION_SLUG, paths } from '@/site/paths'

/**
 * One page of each public page type, with seeded content, and the status it should answer: the
 * one list the accessibility, urgent-help and HTML validity tests all walk. Add new pages here.
 */
export type PublicPage = { name: string; path: string; status: number }

export const PUBLIC_PAGES: PublicPage[] = [
  { name: 'home', path: paths.home(), status: 200 },
  { name: 'service', path: paths.service('coaching-service'), status: 200 },
  { name: 'resources', path: paths.resources(), status: 200 },
  { name: 'resource', path: paths.resource('online-wellbeing-resources'), status: 200 },
  { name: 'policies', path: paths.policies(), status: 200 },
  { name: 'policy', path: paths.policy('psu-eligibility-criteria'), status: 200 },
  { name: 'who can access', path: paths.whoCanAccess(), status: 200 },
  { name: 'filtered resources', path: `${paths.resources()}?type=support-session&topic=wellbeing`, status: 200 },
  { name: 'urgent help', path: paths.urgentHelp(), status: 200 },
  { name: 'search', path: `${paths.search()}?q=coaching`, status: 200 },
  { name: 'search for urgent help', path: `${paths.search()}?q=crisis`, status: 200 },
  { name: 'eligibility start', path: paths.eligibility(), status: 200 },
  { name: 'application start', path: paths.apply(GENERAL_APPLICATION_SLUG), status: 200 },
  { name: 'referral status', path: paths.referralStatus(), status: 200 },
  { name: 'referral status, reference filled in', path: paths.referralStatus('K7PX2MRQ'), status: 200 },
  { name: 'page not found', path: '/no-such-page', status: 404 },
]

/** The crisis lines' links on the urgent help page, as `tel:`/`sms:` addresses. */
export const CRISIS_LINKS = {
  frontlineCall: 'tel:03001317000',
  frontlineText: { number: '85258', body: 'FRONTLINE' },
  bmaCall: 'tel:03301231245',
  samaritansCall: 'tel:116123',
  practitionerHealthText: { number: '85258', body: 'NHSPH' },
} as const

/** The number and prefilled body of an `sms:` link, in either of its common spellings. */
export function parseSms(href: string): { number: string; body: string | null } | null {
  const match = /^sms:([^?]*)(?:\?(.*))?$/i.exec(href)
  if (!match) return null
  const body = new URLSearchParams(match[2] ?? '').get('body')
  return { number: match[1].replace(/[^\d+]/g, ''), body }
}
