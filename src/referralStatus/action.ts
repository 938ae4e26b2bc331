'use server'

import { headers } from 'next/headers'

import { payloadClient } from '@/content/client'
import { clientAddress } from '@/rateLimit'

import { lookUpReferralStatus } from './lookup'
import type { StatusFormState } from './state'

/**
 * The status form was posted (with or without JavaScript: React renders the answer into the
 * response to the POST, so the email address never reaches a URL, a cookie or a log). A server
 * action is a public endpoint: the fields are untrusted and checked by the lookup.
 */
export async function checkReferralStatus(_previous: StatusFormState, formData: FormData): Promise<StatusFormState> {
  const client = clientAddress(await headers())
  return lookUpReferralStatus(await payloadClient(), { reference: formData.get('reference'), email: formData.get('email') }, client)
}
