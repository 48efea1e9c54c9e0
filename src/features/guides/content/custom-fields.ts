import { code, go, guide, h, p, recipe, see, steps, tryIt, warn, type GuideContent } from '../guide-format';

export const content: GuideContent = {
  id: 'custom-fields',
  blocks: [
    p(
      'Custom fields hold what the standard contact fields do not: a membership tier, a birthday, a company size. Three kinds of record work together — the **field** itself (`/fields`), its **relations to lists** (`/fieldRels`), and each contact’s **value** (`/fieldValues`).',
    ),
    tryIt('See the account’s fields, with their relations', 'v3.fields.list'),
    h('A field needs a list to show up'),
    p(
      'Creating a field through the API is not enough for people to see it. In ActiveCampaign’s interface a field appears — on contact pages and on the forms of a list — for the lists it is related to. Relate it with `POST /fieldRels`: `field` is the field’s id, `relid` a list id, or `0` for every list.',
    ),
    steps('Create the field.', 'Relate it to a list (or to all of them).', 'Set values on contacts.'),
    tryIt('1. Create a text field', 'v3.fields.create', {
      params: {},
      body: { field: { title: 'Favourite colour', type: 'text', perstag: 'FAVOURITE_COLOUR' } },
    }),
    tryIt('2. Relate it to every list (field 5 is the one just created on a fresh sandbox)', 'v3.fieldRels.create', {
      params: {},
      body: { fieldRel: { field: 5, relid: 0 } },
    }),
    h('Values on contacts'),
    p(
      'Set a value with `POST /fieldValues` — `contact`, `field` and `value` — or in the call that creates or syncs the contact, through its `fieldValues` array. Dates are sent as `YYYY-MM-DD`. `GET /contacts/{id}/fieldValues` reads a contact’s values back.',
    ),
    tryIt('3. Set field 1 (Membership tier) on contact 1', 'v3.fieldValues.create', {
      params: {},
      body: { fieldValue: { contact: '1', field: '1', value: 'Gold' } },
    }),
    code(
      'Or in the same call as the contact',
      '{\n  "contact": {\n    "email": "jane.doe@example.org",\n    "fieldValues": [{ "field": "1", "value": "Gold" }]\n  }\n}',
    ),
    tryIt('Set it while syncing the contact', 'v3.contacts.sync', {
      params: {},
      body: { contact: { email: 'jane.doe@example.org', fieldValues: [{ field: '1', value: 'Gold' }] } },
    }),
    tryIt('Read contact 1’s values', 'v3.contacts.listFieldValues', { params: { id: 1 } }),
    p(
      'In v1 a value rides along with `contact_add`, `contact_edit` or `contact_sync` as `field[<field id>,0]=<value>` or `field[%PERS_TAG%,0]=<value>`, using the field’s personalization tag.',
    ),
    go('Run the “custom field that shows in the UI” recipe', recipe('custom-field')),
    h('Lists have the same trap'),
    warn(
      'A new list is invisible to non-admin users',
      'A list created through the API is visible to admin users only, until a user group is given access to it with `POST /listGroups` (`listid`, `groupid`; `GET /groups` lists the groups). If colleagues say a list you created “does not exist”, this is why.',
    ),
    tryIt('List the user groups', 'v3.groups.list'),
    tryIt('Give group 1 access to list 1', 'v3.listGroups.create', {
      params: {},
      body: { listGroup: { listid: 1, groupid: 1 } },
    }),
    see(recipe('custom-field'), recipe('onboard-contact'), guide('v1-vs-v3')),
  ],
};
