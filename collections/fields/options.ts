/** Select options shared by content collections and the public filters. */
export const RESOURCE_TYPES = [
  { label: 'Podcast', value: 'podcast' },
  { label: 'Webinar', value: 'webinar' },
  { label: 'Self-help', value: 'self-help' },
  { label: 'E-learning', value: 'e-learning' },
  { label: 'Course', value: 'course' },
  { label: 'Support session', value: 'support-session' },
  { label: 'External link', value: 'external-link' },
]

export const TOPICS = [
  { label: 'Wellbeing', value: 'wellbeing' },
  { label: 'Mental health', value: 'mental-health' },
  { label: 'COVID-19', value: 'covid-19' },
  { label: 'Careers', value: 'careers' },
  { label: 'Communication skills', value: 'communication-skills' },
  { label: 'Exams and learning', value: 'exams-and-learning' },
  { label: 'Returning to training', value: 'returning-to-training' },
  { label: 'Peer support', value: 'peer-support' },
]

export const AUDIENCES = [
  { label: 'Doctors', value: 'doctors' },
  { label: 'Dentists', value: 'dentists' },
  { label: 'Pharmacists', value: 'pharmacists' },
  { label: 'Nurses and other healthcare professionals', value: 'healthcare-professionals' },
  { label: 'All trainees', value: 'all-trainees' },
]

export const SERVICE_GROUPS = [
  { label: 'Main service (tab on the home page)', value: 'tab' },
  { label: 'Specialist assessment', value: 'specialist' },
  { label: 'Workforce scheme', value: 'workforce-scheme' },
]

export const labelOf = (options: { label: string; value: string }[], value: string): string =>
  options.find((option) => option.value === value)?.label ?? value
