import type { Answers } from '@/forms/types'
import { between, pick, weighted, type Random } from './random'

/** What a made-up trainee is: the facts the reports count, and which services they ticked. */
export type DemoPerson = { staffGroup: string; region: string; services: string[]; urgent: boolean }

const GRADES: Record<string, readonly string[]> = {
  doctor: ['FY1', 'FY2', 'CT1', 'CT2', 'ST3', 'ST4', 'ST5', 'ST6'],
  dentist: ['DFT', 'DCT1', 'DCT2', 'StR'],
  pharmacy: ['Foundation pharmacist', 'Pre-registration pharmacist', 'Pharmacy technician trainee'],
  healthcareProfessional: ['Band 5', 'Band 6', 'Band 7'],
  other: ['Trainee'],
}
const SPECIALTIES = ['General practice', 'Paediatrics', 'Psychiatry', 'Surgery', 'Anaesthetics', 'Emergency medicine', 'Obstetrics and gynaecology', 'Radiology']
const SUPPORT = [
  'Made-up referral for the demo: I would like help to plan the next steps in my training.',
  'Made-up referral for the demo: I am returning after parental leave and want support.',
  'Made-up referral for the demo: I failed an exam and would like help with revision and confidence.',
  'Made-up referral for the demo: I would like to talk about changing specialty.',
  'Made-up referral for the demo: communication with colleagues has been difficult on my rotation.',
]
const DIFFICULTIES = ['reading', 'spelling', 'writing', 'memory', 'organisation', 'numbers', 'examTime']

const name = (index: number) => ({ firstName: 'Demo', lastName: `Trainee ${index}` })
const email = (index: number) => `demo.trainee.${index}@example.com`
/** Ofcom's range for drama: never a real number. */
const phone = (random: Random) => `07700 900${String(between(random, 0, 999)).padStart(3, '0')}`

/** Answers to the PSU application, as a trainee of this kind would give them. */
export function psuApplicationAnswers(person: DemoPerson, index: number, random: Random): Answers {
  const answers: Answers = {
    region: person.region,
    staffGroup: person.staffGroup,
    ...name(index),
    dateOfBirth: `${between(random, 1975, 2000)}-${String(between(random, 1, 12)).padStart(2, '0')}-${String(between(random, 1, 28)).padStart(2, '0')}`,
    email: email(index),
    phone: phone(random),
    grade: pick(random, GRADES[person.staffGroup] ?? GRADES.other),
    specialty: pick(random, SPECIALTIES),
    trainingProgramme: 'Demo training programme',
    trust: 'Demo NHS Foundation Trust',
    servicesOfInterest: person.services,
    whatSupport: pick(random, SUPPORT),
    previousSupport: random() < 0.2 ? 'yes' : 'no',
    harmThoughts: person.urgent ? 'yes' : 'no',
    consentToContact: 'yes',
    consentToShare: 'yes',
  }
  if (person.staffGroup === 'doctor') Object.assign(answers, { hasTrainingNumber: random() < 0.9 ? 'yes' : 'no', workforceScheme: 'none', gmcNumber: String(between(random, 1000000, 9999999)) })
  if (person.staffGroup === 'dentist') Object.assign(answers, { hasTrainingNumber: 'yes', gdcNumber: String(between(random, 100000, 999999)) })
  if (person.staffGroup === 'healthcareProfessional') Object.assign(answers, { band: between(random, 5, 7), inRecognisedTrainingScheme: 'yes' })
  if (person.staffGroup === 'pharmacy') answers.pharmacyProgramme = weighted(random, [['preRegistration', 2], ['foundation', 2], ['pharmacyTechnician', 1]])
  return answers
}

/** Answers to the dyslexia assessment form (it asks no staff group or region). */
export function dyslexiaAnswers(index: number, random: Random): Answers {
  const examsAffected = random() < 0.6 ? 'yes' : 'no'
  return {
    inPostgraduateMedicalEducation: 'yes',
    londonOrSouthEast: 'yes',
    previousFullAssessment: 'no',
    ...name(index),
    email: email(index),
    phone: phone(random),
    gmcNumber: String(between(random, 1000000, 9999999)),
    grade: pick(random, GRADES.doctor),
    trainingProgramme: 'Demo training programme',
    difficultiesNoticed: DIFFICULTIES.filter(() => random() < 0.35).concat(['examTime']),
    examsAffected,
    ...(examsAffected === 'yes' ? { whichExams: 'MRCP Part 1' } : {}),
    consentToContact: 'yes',
    consentToAssessor: 'yes',
  }
}
