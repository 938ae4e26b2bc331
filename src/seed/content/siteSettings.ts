/** The home page's own words and the contact routes, carried from the page. */
export const seedSiteSettings = {
  serviceName: 'Professional Support Unit',
  contactEmail: 'psu.lase@hee.nhs.uk',
  introText:
    'The Professional Support Unit (PSU) is a free service primarily dedicated to supporting the progression of postgraduate training for healthcare professionals.',
  urgentHelp: {
    heading: 'Urgent/immediate psychological support in a crisis',
    text: 'You can access free & confidential psychological or mental health support 24/7 via',
  },
  covid: {
    heading: 'PSU support during COVID-19 pandemic',
    text: 'We have increased & adapted the range of our services to support you as you face unprecedented circumstances during the COVID-19 pandemic. Our COVID-19 Wellbeing hub has further information regarding:',
  },
  workforce: {
    heading: 'Inducting, Returning and Retaining the Workforce',
    text: 'The PSU continues to support the induction, returning and retaining of the workforce via the following schemes:',
  },
  whoCanAccess: {
    heading: 'Who can access the PSU?',
    text: 'Healthcare professionals within London and Kent, Surrey & Sussex, specifically:',
  },
  howToAccess: {
    heading: 'How to access the PSU support?',
    text: 'Access to the PSU is by self-referral. Each of the tabs at the top of this page provides information about the services provided by the PSU and the contact/application information for each service. Alternatively, if you are unsure of what services would be most useful or you would like to access multiple services, please complete the following online application form.',
  },
  questions: {
    heading: 'Questions and queries?',
    text: 'If you cannot find the answer to your question on these web pages and wish to speak to a PSU Coordinator please email psu.lase@hee.nhs.uk',
  },
}

export const seedContactRouting = {
  routes: [
    {
      topic: 'contract',
      advice:
        'For contract related matters please first discuss issues with your line manager or employer (GP LEO for GP trainees or Trust HR department for all other trainees)',
    },
    {
      topic: 'physical-health',
      advice: "For physical health related problems, please also consult your GP or your local Trust's Occupational Health Department",
    },
    {
      topic: 'rotation',
      advice: 'For questions regarding your rotation, please liaise with the HET team or your Training Programme Director.',
    },
  ],
}
