import { randomBytes } from 'node:crypto';

/** A fresh key in ActiveCampaign's shape (72 hex digits). */
export function generateApiKey(): string {
  return randomBytes(36).toString('hex');
}
