import type { EligibilityRule } from './types'

/** "Who can access the PSU?" from the PSU page: the seed for the eligibility-criteria collection. */
export const defaultEligibilityRules: EligibilityRule[] = [
  {
    key: 'region',
    title: 'Works or trains in London or Kent, Surrey & Sussex',
    role: 'required',
    explanation: 'Healthcare professionals within London and Kent, Surrey & Sussex',
    notMetReason:
      'The PSU supports healthcare professionals in training in London and Kent, Surrey & Sussex only. Your local NHS England workforce, training and education team can tell you about support where you are.',
    when: { match: 'all', conditions: [{ field: 'region', operator: 'oneOf', value: ['london', 'kss'] }] },
  },
  {
    key: 'doctors-dentists',
    title: 'Postgraduate doctors and dentists with a training number',
    role: 'route',
    explanation: 'Postgraduate Doctors & Dentists who hold a London or KSS training number (Foundation years until CCT)',
    when: {
      match: 'all',
      conditions: [
        { field: 'staffGroup', operator: 'oneOf', value: ['doctor', 'dentist'] },
        { field: 'hasTrainingNumber', operator: 'equals', value: 'yes' },
      ],
    },
  },
  {
    key: 'banded-professionals',
    title: 'Healthcare professionals in a recognised training scheme (Bands 5 to 8)',
    role: 'route',
    explanation:
      'Healthcare professionals between Bands 5 - 8 in a recognised training scheme (eg nurse preceptorship or development for more specialised clinical roles)',
    when: {
      match: 'all',
      conditions: [
        { field: 'staffGroup', operator: 'equals', value: 'healthcareProfessional' },
        { field: 'band', operator: 'greaterThan', value: 4 },
        { field: 'band', operator: 'lessThan', value: 9 },
        { field: 'inRecognisedTrainingScheme', operator: 'equals', value: 'yes' },
      ],
    },
  },
  {
    key: 'pharmacists',
    title: 'Pharmacists in training',
    role: 'route',
    explanation:
      'Pharmacists in training: Pre-registration Pharmacists (1yr post degree programme in Trusts ) & Pharmacy technicians (2 year programme employed by Trusts); Foundation Pharmacists (2 years post registration); Clinical Pharmacists undertaking the 18 month General practice pharmacist training pathway as part of the NHS England pilot',
    when: {
      match: 'all',
      conditions: [
        { field: 'staffGroup', operator: 'equals', value: 'pharmacy' },
        { field: 'pharmacyProgramme', operator: 'oneOf', value: ['preRegistration', 'pharmacyTechnician', 'foundation', 'gpPathway'] },
      ],
    },
  },
  {
    key: 'workforce-schemes',
    title: 'Doctors on a workforce scheme',
    role: 'route',
    explanation:
      'Doctors who have passed the entry requirements & have been offered a placement on the Induction & Returning (I&R),  Retainer or International GP recruitment (IGPR) and the Clinical Apprenticement Placement (CAPS) workforce schemes',
    when: {
      match: 'all',
      conditions: [
        { field: 'staffGroup', operator: 'equals', value: 'doctor' },
        { field: 'workforceScheme', operator: 'oneOf', value: ['inductionReturning', 'retainer', 'igpr', 'caps'] },
      ],
    },
  },
]
