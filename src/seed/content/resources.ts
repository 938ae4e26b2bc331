/** The four offers of the COVID-19 Wellbeing Hub, in the page's words. */
export const seedResources = [
  {
    title: 'Online Wellbeing Resources',
    slug: 'online-wellbeing-resources',
    type: 'self-help',
    summary: 'Podcasts, webinars, self-support advice, links to HEE & external resources available for trainees',
    topics: ['wellbeing', 'mental-health', 'covid-19'],
    audiences: ['all-trainees'],
  },
  {
    title: '1:1 Support',
    slug: 'one-to-one-support',
    type: 'support-session',
    summary: 'Free, confidential & independent 1:1 conversation with a senior PSU lead via telephone or online teleconferencing platforms',
    topics: ['wellbeing', 'covid-19'],
    audiences: ['all-trainees'],
  },
  {
    title: 'Virtual Group Support',
    slug: 'virtual-group-support',
    type: 'support-session',
    summary: 'Free, confidential trainee peer support groups facilitated by a trained group facilitator',
    topics: ['peer-support', 'wellbeing', 'covid-19'],
    audiences: ['all-trainees'],
  },
  {
    title: 'Online Courses',
    slug: 'online-courses',
    type: 'course',
    summary: 'A range of e-learning and wellbeing/support courses which we will be delivering via teleconferencing platforms',
    topics: ['wellbeing', 'covid-19'],
    audiences: ['all-trainees'],
  },
]

/** The service every COVID-19 hub resource belongs to. */
export const RESOURCES_SERVICE_SLUG = 'covid-19-wellbeing-hub'
