import { textHandler } from './text'

/** A paragraph of free text, such as "Tell us why you are getting in touch". */
export const longText = textHandler('longText', 5000)
