import { createWebhook } from './shipped/create-webhook';
import { customField } from './shipped/custom-field';
import { dealPipeline } from './shipped/deal-pipeline';
import { findContactByEmail } from './shipped/find-contact-by-email';
import { firstCall } from './shipped/first-call';
import { onboardContact } from './shipped/onboard-contact';
import type { Recipe } from './types';

/** Every recipe the explorer ships, in sidebar order (`recipe-summaries.ts` mirrors their names for the first load). */
export const shippedRecipes: readonly Recipe[] = [
  firstCall,
  onboardContact,
  customField,
  dealPipeline,
  createWebhook,
  findContactByEmail,
];

/** The shipped recipe with this id, if any. */
export function findShippedRecipe(id: string): Recipe | undefined {
  return shippedRecipes.find((r) => r.id === id);
}
