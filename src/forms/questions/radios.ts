import { choiceHandler } from './choice'

/** One answer from a short list shown as radio buttons. */
export const radios = choiceHandler('radios')
