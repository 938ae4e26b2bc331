import type { CollectionBeforeOperationHook } from 'payload'

import { AUDIT_OPERATION_KEY } from '@/submissions/audit'

/** afterRead cannot tell a read from an update, so the operation is noted for the audit. */
export const rememberOperation: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  req.context[AUDIT_OPERATION_KEY] = operation
  return args
}
