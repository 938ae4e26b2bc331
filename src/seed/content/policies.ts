/** The page's seven policies with the dates it gives (and how precisely it gives them). */
export const seedPolicies = [
  { order: 10, title: 'PSU Eligibility Criteria', slug: 'psu-eligibility-criteria', publishedDate: '2019-05-01', datePrecision: 'month', summary: 'Who can access the Professional Support Unit and its services.' },
  { order: 20, title: 'PSU Privacy Statement', slug: 'psu-privacy-statement', summary: 'How the PSU collects, uses and keeps the personal information of trainees who use its services.' },
  { order: 30, title: 'Managing Fatigue associated with working nights', slug: 'managing-fatigue-associated-with-working-nights', summary: 'Advice for trainees on managing fatigue associated with working nights.' },
  { order: 40, title: 'Complaints Policy', slug: 'complaints-policy', publishedDate: '2016-12-01', datePrecision: 'month', summary: 'How to make a complaint about the PSU and how complaints are handled.' },
  { order: 50, title: 'Support for non training grades and post CCT', slug: 'support-for-non-training-grades-and-post-cct', summary: 'Where doctors in non-training grades and after CCT can find support.' },
  { order: 60, title: 'Confidentiality Policy', slug: 'confidentiality-policy', publishedDate: '2018-11-01', datePrecision: 'month', summary: 'How the PSU keeps what trainees tell it confidential, and the limits of confidentiality.' },
  { order: 70, title: 'Benefits of becoming a reflective practitioner - joint statement', slug: 'benefits-of-becoming-a-reflective-practitioner', publishedDate: '2019-01-01', datePrecision: 'year', summary: 'A joint statement on the benefits of becoming a reflective practitioner.' },
] as const
