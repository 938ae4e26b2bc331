import { env } from '@/config/env'

import { makeKeyring, type Keyring } from './keys'

let cached: Keyring | undefined

/** The process's data keys (DATA_ENCRYPTION_KEY and DATA_ENCRYPTION_PREVIOUS_KEYS), read once. */
export function dataKeyring(): Keyring {
  const { current, previous } = env().dataKeys
  cached ??= makeKeyring(current, previous)
  return cached
}
