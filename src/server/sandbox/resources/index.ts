/**
 * The register: every resource the sandbox models, in seeding order (a
 * resource is seeded after those its seed rows point at). Adding a resource
 * is one declaration here; the engine serves its catalog methods.
 */
import type { Resource } from '../engine/resource';
import { accountContacts, accountCustomFieldData, accountCustomFieldMeta, accounts } from './accounts';
import {
  automationBlocks,
  automationEntryCounts,
  automations,
  contactAutomations,
  contactConversions,
  contactGoals,
  conversionTriggers,
  conversions,
  goals,
  scoreValues,
  scores,
  siteMessages,
  sms,
} from './automations';
import { campaignLists, campaignMessages, campaigns, links, messages, personalizations, templates } from './campaigns';
import {
  activities,
  bounceLogs,
  contactData,
  contactEmails,
  contactLogs,
  emailActivities,
  geoAddresses,
  geoIps,
  organizations,
  plusAppends,
  trackingLogs,
} from './contact-data';
import { contacts } from './contacts';
import { records, schemas } from './custom-objects';
import { contactDeals, dealActivities, dealCustomFieldData, dealCustomFieldMeta, dealRoles, deals } from './deals';
import {
  connections,
  ecomCustomers,
  ecomOrderActivities,
  ecomOrderDiscounts,
  ecomOrderProducts,
  ecomOrders,
} from './ecommerce';
import { fieldOptions, fieldRels, fields, fieldValues, groupDefinitions, groupMembers } from './fields';
import { bulkImports } from './imports';
import { contactLists, exclusions, listGroups, lists } from './lists';
import { notes } from './notes';
import { dealGroupUsers, dealGroups, dealStages } from './pipelines';
import {
  addressGroups,
  addressLists,
  addresses,
  brandings,
  calendars,
  forms,
  savedResponses,
  segments,
} from './settings';
import { contactTags, tags } from './tags';
import { dealTasks, dealTasktypes, taskNotifications, taskOutcomes, tasktypeOutcomeRels } from './tasks';
import { eventTracking, eventTrackingEvents, siteTracking, siteTrackingDomains, urlWhitelistings } from './tracking';
import { configs, groupLimits, groups, users } from './users';
import { webhooks } from './webhooks';

export const resources: readonly Resource[] = [
  // Who works in the account.
  users,
  groups,
  groupLimits,
  configs,
  // Contacts and what describes them.
  organizations,
  fields,
  fieldOptions,
  fieldRels,
  groupDefinitions,
  groupMembers,
  lists,
  exclusions,
  listGroups,
  tags,
  contacts,
  contactLists,
  contactTags,
  fieldValues,
  // CRM.
  accounts,
  accountContacts,
  accountCustomFieldMeta,
  accountCustomFieldData,
  dealGroups,
  dealStages,
  dealGroupUsers,
  deals,
  dealActivities,
  dealRoles,
  contactDeals,
  dealCustomFieldMeta,
  dealCustomFieldData,
  dealTasktypes,
  dealTasks,
  taskNotifications,
  taskOutcomes,
  tasktypeOutcomeRels,
  notes,
  // Marketing.
  automations,
  contactAutomations,
  automationEntryCounts,
  automationBlocks,
  goals,
  contactGoals,
  conversions,
  conversionTriggers,
  contactConversions,
  siteMessages,
  sms,
  scores,
  scoreValues,
  messages,
  campaigns,
  links,
  campaignLists,
  campaignMessages,
  templates,
  personalizations,
  // What the account learns about contacts.
  contactData,
  plusAppends,
  geoAddresses,
  geoIps,
  trackingLogs,
  contactLogs,
  bounceLogs,
  contactEmails,
  activities,
  emailActivities,
  webhooks,
  // E-commerce and custom objects.
  connections,
  ecomCustomers,
  ecomOrders,
  ecomOrderProducts,
  ecomOrderDiscounts,
  ecomOrderActivities,
  schemas,
  records,
  // Tracking and settings.
  eventTracking,
  eventTrackingEvents,
  siteTracking,
  siteTrackingDomains,
  urlWhitelistings,
  brandings,
  addresses,
  addressGroups,
  addressLists,
  forms,
  calendars,
  savedResponses,
  segments,
  bulkImports,
];
