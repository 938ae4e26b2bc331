// Import first in a key-rotation test file: the process runs on the new key and still reads the
// old one, as every server does while `npm run rotate-key` runs. Set before the config is read.
export const OLD_KEY = '01'.repeat(32)
export const NEW_KEY = 'fe'.repeat(32)
/** A key no server of the test knows: values under it cannot be read. */
export const UNKNOWN_KEY = '7a'.repeat(32)

process.env.DATA_ENCRYPTION_KEY = NEW_KEY
process.env.DATA_ENCRYPTION_PREVIOUS_KEYS = OLD_KEY
