/** Public URLs of content, in one place so pages, sitemap, search and previews agree. */
export const paths = {
  home: () => '/',
  service: (slug: string) => `/services/${slug}`,
  resources: () => '/resources',
  resource: (slug: string) => `/resources/${slug}`,
  policies: () => '/policies',
  policy: (slug: string) => `/policies/${slug}`,
  whoCanAccess: () => '/who-can-access',
  urgentHelp: () => '/urgent-help',
  search: () => '/search',
  eligibility: () => '/eligibility',
  apply: (formSlug: string) => `/apply/${formSlug}`,
  /** The trainee's status page; the reference (never the email address) may be filled in. */
  referralStatus: (reference?: string) => (reference ? `/referral-status?${new URLSearchParams({ reference })}` : '/referral-status'),
} as const

/**
 * The slug of the general PSU application: the form the home page offers, and the one a
 * service without a form of its own applies through.
 */
export const GENERAL_APPLICATION_SLUG = 'psu-application'

/** The public page of a document in a content collection, for previews and search. */
export function contentPath(collection: string, slug: string): string {
  if (collection === 'services') return paths.service(slug)
  if (collection === 'resources') return paths.resource(slug)
  if (collection === 'policies') return paths.policy(slug)
  return paths.home()
}

/** The admin's live-preview address of a draft: the preview route checks the staff session. */
export function previewPath(collection: string, slug: string): string {
  const query = new URLSearchParams({ collection, slug })
  return `/preview?${query.toString()}`
}
