import { textHandler } from './text'

/** One line of free text, such as a name or job title. */
export const shortText = textHandler('shortText', 500)
