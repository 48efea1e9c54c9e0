import type { MethodDef } from './types';
import { usersMethods } from './v3/users';
import { contactsMethods } from './v3/contacts';
import { contactUpdatesMethods } from './v3/contact-updates';
import { contactRelatedMethods } from './v3/contact-related';
import { contactInsightsMethods } from './v3/contact-insights';
import { contactListsMethods } from './v3/contact-lists';
import { listsMethods } from './v3/lists';
import { listExclusionsMethods } from './v3/list-exclusions';
import { tagsMethods } from './v3/tags';
import { automationsMethods } from './v3/automations';
import { notesMethods } from './v3/notes';
import { importsMethods } from './v3/imports';
import { activitiesMethods } from './v3/activities';
import { scoresMethods } from './v3/scores';
import { customFieldsMethods } from './v3/custom-fields';
import { fieldValuesMethods } from './v3/field-values';
import { fieldGroupsMethods } from './v3/field-groups';
import { dealsMethods } from './v3/deals';
import { dealsListMethods } from './v3/deals-list';
import { dealNotesMethods } from './v3/deal-notes';
import { contactDealsMethods } from './v3/contact-deals';
import { dealRolesMethods } from './v3/deal-roles';
import { dealPipelinesMethods } from './v3/deal-pipelines';
import { dealStagesMethods } from './v3/deal-stages';
import { dealCustomFieldsMethods } from './v3/deal-custom-fields';
import { dealCustomFieldValuesMethods } from './v3/deal-custom-field-values';
import { dealTasksMethods } from './v3/deal-tasks';
import { taskTypesMethods } from './v3/task-types';
import { taskOutcomesMethods } from './v3/task-outcomes';
import { accountsMethods } from './v3/accounts';
import { accountContactsMethods } from './v3/account-contacts';
import { accountCustomFieldsMethods } from './v3/account-custom-fields';
import { accountCustomFieldDataMethods } from './v3/account-custom-field-data';
import { campaignsMethods } from './v3/campaigns';
import { messagesMethods } from './v3/messages';
import { personalizationsMethods } from './v3/personalizations';
import { templatesMethods } from './v3/templates';
import { brandingsMethods } from './v3/brandings';
import { addressesMethods } from './v3/addresses';
import { webhooksMethods } from './v3/webhooks';
import { groupsMethods } from './v3/groups';
import { configsMethods } from './v3/configs';
import { formsMethods } from './v3/forms';
import { ecommerceConnectionsMethods } from './v3/ecommerce-connections';
import { ecommerceCustomersMethods } from './v3/ecommerce-customers';
import { ecommerceOrdersMethods } from './v3/ecommerce-orders';
import { ecommerceOrderProductsMethods } from './v3/ecommerce-order-products';
import { customObjectsMethods } from './v3/custom-objects';
import { customObjectRecordsMethods } from './v3/custom-object-records';
import { eventTrackingMethods } from './v3/event-tracking';
import { siteTrackingMethods } from './v3/site-tracking';
import { savedResponsesMethods } from './v3/saved-responses';
import { calendarsMethods } from './v3/calendars';
import { miscMethods } from './v3/misc';
import { unpublishedContactsMethods } from './v3/unpublished-contacts';
import { unpublishedCampaignsMethods } from './v3/unpublished-campaigns';
import { unpublishedAutomationsMethods } from './v3/unpublished-automations';
import { unpublishedAccountMethods } from './v3/unpublished-account';
import { v1ContactsMethods } from './v1/contacts';
import { v1ListsMethods } from './v1/lists';
import { v1TagsMethods } from './v1/tags';
import { v1AutomationsMethods } from './v1/automations';
import { v1CampaignsMethods } from './v1/campaigns';
import { v1MessagesMethods } from './v1/messages';
import { v1AccountsMethods } from './v1/accounts';
import { v1UsersMethods } from './v1/users';
import { v1WebhooksMethods } from './v1/webhooks';
import { v1DealsMethods } from './v1/deals';
import { v1FormsMethods } from './v1/forms';
import { v1GroupsMethods } from './v1/groups';

/** Every method the explorer knows, in sidebar order: v3 by resource, then v1. */
export const catalog: readonly MethodDef[] = [
  ...usersMethods,
  ...contactsMethods,
  ...contactUpdatesMethods,
  ...contactRelatedMethods,
  ...contactInsightsMethods,
  ...contactListsMethods,
  ...listsMethods,
  ...listExclusionsMethods,
  ...tagsMethods,
  ...automationsMethods,
  ...notesMethods,
  ...importsMethods,
  ...activitiesMethods,
  ...scoresMethods,
  ...customFieldsMethods,
  ...fieldValuesMethods,
  ...fieldGroupsMethods,
  ...dealsMethods,
  ...dealsListMethods,
  ...dealNotesMethods,
  ...contactDealsMethods,
  ...dealRolesMethods,
  ...dealPipelinesMethods,
  ...dealStagesMethods,
  ...dealCustomFieldsMethods,
  ...dealCustomFieldValuesMethods,
  ...dealTasksMethods,
  ...taskTypesMethods,
  ...taskOutcomesMethods,
  ...accountsMethods,
  ...accountContactsMethods,
  ...accountCustomFieldsMethods,
  ...accountCustomFieldDataMethods,
  ...campaignsMethods,
  ...messagesMethods,
  ...personalizationsMethods,
  ...templatesMethods,
  ...brandingsMethods,
  ...addressesMethods,
  ...webhooksMethods,
  ...groupsMethods,
  ...configsMethods,
  ...formsMethods,
  ...ecommerceConnectionsMethods,
  ...ecommerceCustomersMethods,
  ...ecommerceOrdersMethods,
  ...ecommerceOrderProductsMethods,
  ...customObjectsMethods,
  ...customObjectRecordsMethods,
  ...eventTrackingMethods,
  ...siteTrackingMethods,
  ...savedResponsesMethods,
  ...calendarsMethods,
  ...miscMethods,
  // Served by ActiveCampaign, called by real clients, absent from its published reference (each is marked).
  ...unpublishedContactsMethods,
  ...unpublishedCampaignsMethods,
  ...unpublishedAutomationsMethods,
  ...unpublishedAccountMethods,
  ...v1ContactsMethods,
  ...v1ListsMethods,
  ...v1TagsMethods,
  ...v1AutomationsMethods,
  ...v1CampaignsMethods,
  ...v1MessagesMethods,
  ...v1AccountsMethods,
  ...v1UsersMethods,
  ...v1WebhooksMethods,
  ...v1DealsMethods,
  ...v1FormsMethods,
  ...v1GroupsMethods,
];

const byId = new Map(catalog.map((m) => [m.id, m]));

/** Looks a method up by its stable id (deep links use it). */
export function findMethod(id: string): MethodDef | undefined {
  return byId.get(id);
}
