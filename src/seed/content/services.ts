import { richText } from '../lexical'

const CONTACT = { email: 'psu.lase@hee.nhs.uk' }
const WHO_FOR = 'Postgraduate healthcare trainees in London and Kent, Surrey & Sussex (see who can access the PSU).'
const SELF_REFERRAL = 'Access to the PSU is by self-referral. Email psu.lase@hee.nhs.uk or complete the online application form.'

const tab = (navOrder: number, title: string, slug: string, summary: string) => ({
  title,
  slug,
  group: 'tab',
  navOrder,
  summary,
  whoFor: WHO_FOR,
  howToAccess: SELF_REFERRAL,
  contact: CONTACT,
})

const scheme = (navOrder: number, title: string, slug: string) => ({
  title,
  slug,
  group: 'workforce-scheme',
  navOrder,
  summary: `PSU support for doctors who have passed the entry requirements and have been offered a placement on the ${title} workforce scheme.`,
  body: richText([`The PSU continues to support the induction, returning and retaining of the workforce through the ${title} scheme.`]),
  whoFor: `Doctors who have passed the entry requirements & have been offered a placement on the ${title} scheme.`,
  howToAccess: SELF_REFERRAL,
  contact: CONTACT,
})

/**
 * The page's six tabs, Dyslexia Assessments and the four workforce schemes. A page shows its
 * summary as the lede, so no body repeats the summary.
 */
export const seedServices = [
  tab(10, 'Careers Unit', 'careers-unit', 'Careers guidance for postgraduate trainees: exploring your options, making career decisions and planning your next steps.'),
  tab(20, 'Individual Support Team', 'individual-support-team', 'One-to-one support for trainees whose progress in training is at risk, agreeing a plan with you and your training programme.'),
  tab(30, 'Communication Skills', 'communication-skills', 'Support to develop your communication with patients and colleagues, one to one or in groups.'),
  tab(40, 'Supported Return to Training', 'supported-return-to-training', 'Help to return to clinical training safely and confidently after time out, for example after parental leave, sickness or research.'),
  tab(50, 'Coaching Service', 'coaching-service', 'Confidential coaching with a trained coach to help you reflect, set goals and make the most of your training.'),
  {
    ...tab(60, 'COVID-19 Wellbeing Hub', 'covid-19-wellbeing-hub', 'We have increased & adapted the range of our services to support you as you face unprecedented circumstances during the COVID-19 pandemic.'),
    body: richText([
      'Our COVID-19 Wellbeing hub has further information regarding:',
      {
        list: [
          'Online Wellbeing Resources (podcasts, webinars, self-support advice, links to HEE & external resources available for trainees)',
          '1:1 Support (free, confidential & independent 1:1 conversation with a senior PSU lead via telephone or on-line teleconferencing platforms)',
          'Virtual Group Support (free, confidential trainee peer support groups facilitated by a trained group facilitator)',
          'Online Courses (a range of e-learning and wellbeing/support courses which we will be delivering via teleconferencing platforms)',
        ],
      },
    ]),
  },
  {
    title: 'Dyslexia Assessments',
    slug: 'dyslexia-assessments',
    group: 'specialist',
    navOrder: 70,
    summary: 'Dyslexia is a specific learning difficulty that affects memory and processing speed. It may also be associated with other learning or information processing difficulties.',
    body: richText([
      'The prevalence of dyslexia is unknown and estimates vary between 1 - 33% of the general population. However, it is known that dyslexia and dyscalculia affect doctors, nurses and other healthcare professionals before, during & after their professional training. A diagnosis of dyslexia is not an indication of clinical incompetence or lack of knowledge. Very bright and highly competent healthcare professionals can struggle with passing postgraduate exams due to previously undiagnosed dyslexia.',
    ]),
    whoFor: 'If you are in postgraduate medical education in London & the South East and have not had a full assessment previously for dyslexia you may be eligible for an assessment.',
    howToAccess: SELF_REFERRAL,
    contact: CONTACT,
  },
  scheme(80, 'Induction & Returning (I&R)', 'induction-and-returning'),
  scheme(81, 'Retainer', 'retainer'),
  scheme(82, 'International GP recruitment (IGPR)', 'international-gp-recruitment'),
  scheme(83, 'Clinical Apprenticement Placement (CAPS)', 'caps'),
]
