import { z } from 'zod'

/**
 * The development data encryption key: published here, so it protects nothing. Development and
 * tests use it when DATA_ENCRYPTION_KEY is unset; production refuses it.
 */
export const DEV_DATA_ENCRYPTION_KEY = '5053552d6465762d646174612d6b65792d6e6f742d666f722d73657276696365' // "PSU-dev-data-key-not-for-service"

const HEX_KEY = /^[0-9a-f]{64}$/i
const KEY_HELP = 'generate one with `openssl rand -hex 32`'

/** A data key, or unset; its value never appears in a message. */
export const dataKey = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === '' ? undefined : value?.toLowerCase()))
  .refine((value) => value === undefined || HEX_KEY.test(value), {
    message: `DATA_ENCRYPTION_KEY must be 64 hexadecimal characters (32 bytes): ${KEY_HELP}`,
  })

/** Older keys still accepted for reading, comma-separated, while `npm run rotate-key` runs. */
export const previousKeys = z
  .string()
  .optional()
  .transform((value) => (value ?? '').split(',').map((key) => key.trim().toLowerCase()).filter(Boolean))
  .refine((keys) => keys.every((key) => HEX_KEY.test(key)), {
    message: `DATA_ENCRYPTION_PREVIOUS_KEYS must be keys of 64 hexadecimal characters separated by commas: ${KEY_HELP}`,
  })

/** Why production cannot start with this data key (unset, or the published development one), or undefined. */
export function missingDataKeyProblem(key: string | undefined): string | undefined {
  if (key && key !== DEV_DATA_ENCRYPTION_KEY) return undefined
  return `DATA_ENCRYPTION_KEY is not set: production needs its own key to encrypt answers and case notes at rest (64 hexadecimal characters: ${KEY_HELP}). Keep it safe: without it the answers cannot be read.`
}
