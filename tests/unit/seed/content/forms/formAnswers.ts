import type { Answers } from '@/forms/types'

/**
 * Complete, valid answers to the seeded forms, for tests that walk or submit them. The PSU
 * application's trainee is an eligible doctor in London who ticks two services.
 */
export const eligibleDoctorAnswers: Answers = {
  firstName: 'Amira',
  lastName: 'Khan',
  dateOfBirth: '1992-04-12',
  email: 'amira.khan@example.nhs.uk',
  phone: '07700 900982',
  staffGroup: 'doctor',
  region: 'london',
  hasTrainingNumber: 'yes',
  workforceScheme: 'none',
  gmcNumber: '1234567',
  grade: 'ST4',
  specialty: 'Paediatrics',
  trainingProgramme: 'Paediatrics specialty training',
  trust: "Guy's and St Thomas' NHS Foundation Trust",
  servicesOfInterest: ['careers-unit', 'coaching-service'],
  whatSupport: 'I would like help deciding whether to continue in paediatrics or change specialty.',
  previousSupport: 'no',
  harmThoughts: 'no',
  consentToContact: 'yes',
  consentToShare: 'yes',
}

/** A doctor in training in Kent with no previous assessment, whose exams were affected. */
export const dyslexiaApplicantAnswers: Answers = {
  inPostgraduateMedicalEducation: 'yes',
  londonOrSouthEast: 'yes',
  previousFullAssessment: 'no',
  firstName: 'Tom',
  lastName: 'Okafor',
  email: 'tom.okafor@example.nhs.uk',
  phone: '020 7946 0000',
  gmcNumber: '7654321',
  grade: 'CT2',
  trainingProgramme: 'Core Medical Training',
  difficultiesNoticed: ['reading', 'examTime'],
  examsAffected: 'yes',
  whichExams: 'MRCP Part 1',
  consentToContact: 'yes',
  consentToAssessor: 'yes',
}
