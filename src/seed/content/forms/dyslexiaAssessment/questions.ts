import { question, questionPage, when } from '../build'
import { consentToContact, email, firstName, gmcNumber, grade, lastName, phone, trainingProgramme } from '../person'

/** Who the trainee is, one thing per page, a name being one thing. */
export const aboutYouPages = [
  questionPage('name', 'What is your name?', [firstName, lastName]),
  questionPage('email', 'Email address', [email]),
  questionPage('phone', 'Phone number', [phone]),
  questionPage('gmc-number', 'GMC number', [gmcNumber()]),
  questionPage('grade', 'Grade', [grade]),
  questionPage('training-programme', 'Training programme', [trainingProgramme]),
]

const difficulties = [
  ['reading', 'Reading slowly or needing to re-read'],
  ['spelling', 'Spelling'],
  ['writing', 'Organising my writing, such as notes, letters or reports'],
  ['memory', 'Remembering instructions, lists or information'],
  ['organisation', 'Organising my time and tasks'],
  ['numbers', 'Working with numbers'],
  ['examTime', 'Finishing written exams in the time allowed'],
  ['other', 'Something else'],
] as const

export const difficultiesPages = [
  questionPage('difficulties', 'The difficulties you have noticed', [
    question('difficultiesNoticed', 'checkboxes', 'Which difficulties have you noticed?', {
      hint: 'Select all that apply',
      errorName: 'the difficulties you have noticed',
      options: difficulties.map(([value, label]) => ({ value, label })),
    }),
  ]),
  questionPage('exams-affected', 'Your exams', [question('examsAffected', 'yesNo', 'Have these difficulties affected your postgraduate exams?')]),
  /** Asked only when exams were affected: a question can only depend on an earlier page. */
  questionPage(
    'exams',
    'Your exams',
    [
      question('whichExams', 'shortText', 'Which exams have been affected?', {
        hint: 'For example, MRCP Part 1 or MRCS Part A',
        errorName: 'the exams that have been affected',
        validation: { maxLength: 300 },
      }),
    ],
    { showWhen: when('examsAffected', 'equals', 'yes') },
  ),
]

/** Two agreements the PSU needs before it can arrange the assessment: one declaration, so one page. */
export const consentPage = questionPage('consent', 'Contact and your assessment', [
  consentToContact,
  question(
    'consentToAssessor',
    'consent',
    'I agree to the PSU giving my contact details to the assessor who will carry out my assessment',
  ),
])
