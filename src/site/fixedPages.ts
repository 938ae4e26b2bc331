/**
 * Pages that are not documents in a collection but must be found by search: their words and
 * the extra terms people in need type ("suicide", "help now"), in one place. Search indexes
 * these together with the live data shown on them (support lines, published forms).
 */
export const urgentHelpPage = {
  title: 'Urgent help',
  description:
    'Get help now: call 999 in an emergency, NHS 111, and free, confidential crisis support lines for NHS staff and doctors.',
  searchTerms: [
    'help now',
    'urgent help',
    'crisis',
    'emergency',
    'suicide',
    'suicidal',
    'kill myself',
    'self harm',
    'harming myself',
    'hurt myself',
    'mental health',
    'distress',
    'overdose',
    'support line',
    'helpline',
    '999',
    '111',
  ],
} as const

/** Terms that lead to the application forms' start pages, the general application first. */
export const applicationSearchTerms = ['apply', 'application', 'refer', 'referral', 'self referral', 'form', 'get support']

/**
 * The page-not-found title. Every route that can answer 404 sets it in its own metadata too:
 * with JavaScript on, Next replaces the title with the route's metadata after the page loads.
 */
export const notFoundPage = { title: 'Page not found' } as const
