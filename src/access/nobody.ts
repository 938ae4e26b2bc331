/**
 * No caller, through any API: for records only the server writes (audit entries, rate-limit
 * counters, form snapshots, journey sessions). Server code reaches them with the Local API,
 * whose `overrideAccess` skips this. Typed loosely so it serves collections and fields alike.
 */
export const nobody = (): false => false
