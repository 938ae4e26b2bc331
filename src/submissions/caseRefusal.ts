import { ValidationError, type PayloadRequest } from 'payload'

/**
 * A refused case-work change: a 400 with the message on the field it concerns, shown beside
 * that field in the admin and as the label in the error toast.
 */
export function caseRefusal(req: PayloadRequest, path: string, message: string): ValidationError {
  return new ValidationError({ collection: 'submissions', errors: [{ path, message, label: message }] }, req.t)
}
