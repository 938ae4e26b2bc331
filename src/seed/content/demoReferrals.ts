import type { Outcome, Priority, Stage } from '@/casework/stages'

/** One made-up referral for development: who, which services, and how far case work has got. */
export type DemoReferral = {
  firstName: string
  lastName: string
  /** Services ticked on the PSU application; the first one listed in the services' order routes it. */
  services: string[]
  /** Working-ish days ago the referral arrived. */
  daysAgo: number
  priority: Priority
  stage: Stage
  /** Assigned to the development case worker of the service (else unallocated). */
  assigned: boolean
  outcome?: Outcome
}

const names = [
  ['Amira', 'Khan'], ['Tom', 'Okafor'], ['Priya', 'Shah'], ['James', 'Whitfield'], ['Chen', 'Li'],
  ['Grace', 'Mensah'], ['Owen', 'Price'], ['Sofia', 'Rossi'], ['Daniel', 'Adeyemi'], ['Hannah', 'Clarke'],
  ['Yusuf', 'Ali'], ['Megan', 'Evans'], ['Ravi', 'Patel'], ['Laura', 'Novak'], ['Kwame', 'Boateng'],
  ['Emily', 'Hughes'], ['Sara', 'Haddad'], ['Liam', "O'Neill"], ['Zara', 'Hussain'], ['Ben', 'Taylor'],
] as const

const stages: Stage[] = ['new', 'new', 'triaged', 'contacted', 'in-support', 'new', 'triaged', 'closed', 'new', 'contacted']
const serviceSets = [['careers-unit'], ['individual-support-team'], ['coaching-service'], ['careers-unit', 'coaching-service'], ['communication-skills']]

/**
 * About twenty referrals across services, stages and priorities, arriving over the last few
 * weeks, so the case-work queues are not empty on a developer's first run. Never in production.
 */
export const demoReferrals: DemoReferral[] = names.map(([firstName, lastName], index) => {
  const stage = stages[index % stages.length]
  return {
    firstName,
    lastName,
    services: serviceSets[index % serviceSets.length],
    daysAgo: (index * 3) % 17,
    priority: index % 6 === 0 ? 'urgent' : 'normal',
    stage,
    assigned: stage !== 'new' || index % 4 === 0,
    outcome: stage === 'closed' ? 'support-completed' : undefined,
  }
})
