/** The four crisis lines exactly as the page gives them. */
export const seedSupportLines = [
  {
    order: 10,
    name: 'The NHS Frontline service',
    whoFor: 'all NHS staff',
    phone: '0300 131 7000',
    phoneHours: 'between 7am-11pm',
    textCode: 'FRONTLINE',
    textNumber: '85258',
    textHours: '24hrs/day',
  },
  {
    order: 20,
    name: "The BMA's 24/7 counselling service",
    whoFor: 'all doctors (including non BMA members)',
    phone: '0330 123 1245',
    phoneHours: '24/7',
    link: 'https://www.bma.org.uk/advice-and-support/your-wellbeing',
    linkLabel: 'The BMA',
  },
  { order: 30, name: 'The Samaritans', phone: '116 123', link: 'https://www.samaritans.org', linkLabel: 'Samaritans' },
  {
    order: 40,
    name: "The Practitioner Support Programme's crisis line",
    textCode: 'NHSPH',
    textNumber: '85258',
    link: 'https://www.practitionerhealth.nhs.uk',
    linkLabel: 'Practitioner Health',
  },
]
