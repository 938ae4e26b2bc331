import { choiceHandler } from './choice'

/** One answer from a long list shown as a drop-down. */
export const select = choiceHandler('select')
