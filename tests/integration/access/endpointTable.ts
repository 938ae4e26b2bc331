import { routedReferral, type World } from './world'

/**
 * The custom endpoints that act on collections, with the status each caller gets, in the order
 * anonymous | editor | case worker of the referral's service | case worker of another service |
 * manager | admin. "n/a": not tried here (an admin's call would run the queue; see the jobs tests).
 */
type EndpointRow = { name: string; method: 'GET' | 'POST'; path: (world: World) => string; row: readonly string[]; before?: (world: World) => Promise<unknown> }

export const endpointTable: EndpointRow[] = [
  // Two new referrals of the first case worker's service, one for them and one for the admin;
  // the other case worker's service has none unallocated: 404 "No unallocated referrals".
  {
    name: 'take the next referral',
    method: 'POST',
    path: () => 'submissions/take-next',
    row: ['401', '403', '200', '404', '403', '200'],
    before: async (world) => Promise.all([routedReferral(world), routedReferral(world)]),
  },
  // Payload answers 401 to anyone its jobs access refuses, signed in or not.
  { name: 'run the jobs queue', method: 'GET', path: () => 'payload-jobs/run', row: ['401', '401', '401', '401', '401', 'n/a'] },
  { name: 'schedule the housekeeping jobs', method: 'GET', path: () => 'payload-jobs/handle-schedules', row: ['401', '401', '401', '401', '401', 'n/a'] },
  { name: 'retry a failed job', method: 'POST', path: () => 'payload-jobs/1/retry', row: ['401', '403', '403', '403', '403', 'n/a'] },
]
