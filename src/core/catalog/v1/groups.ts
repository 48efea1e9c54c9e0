import type { ParamDef, V1Method } from '../types';
import { form, idParam, idsParam, listsParam, rows, v1Failure, v1Ok } from './common';

function groupFields(required: boolean): readonly ParamDef[] {
  return [
    form('title', { type: 'string', example: 'Marketing team' }, 'Group name.', required),
    form('descript', { type: 'string', example: 'Can send campaigns, cannot manage users.' }, 'What the group is for.'),
    listsParam('form', 'Lists members of the group may use; key and value both the list id.'),
  ];
}

const groupRecord = { id: '3', title: 'Marketing team', descript: 'Can send campaigns, cannot manage users.' };

export const v1GroupsMethods: readonly V1Method[] = [
  {
    id: 'v1.group_add',
    api: 'v1',
    group: 'Groups',
    summary: 'Add a user group (v1)',
    description: 'Creates a user group, the permission set users belong to (see user_add group[...]).',
    http: 'POST',
    kind: 'write',
    action: 'group_add',
    params: groupFields(true),
    responses: [
      v1Ok('result_code 1; id is the new group id (result_message wording varies).', { id: 3 }),
      v1Failure('result_code 0: the group was not created.'),
    ],
  },
  {
    id: 'v1.group_edit',
    api: 'v1',
    group: 'Groups',
    summary: 'Edit a user group (v1)',
    description: 'Renames a user group or changes the lists it can reach.',
    http: 'POST',
    kind: 'write',
    action: 'group_edit',
    params: [idParam('form', 'The group id to update.'), ...groupFields(false)],
    responses: [v1Ok('result_code 1: the group was updated.'), v1Failure('result_code 0: no group has this id.')],
  },
  {
    id: 'v1.group_view',
    api: 'v1',
    group: 'Groups',
    summary: 'View a user group (v1)',
    description: 'Returns one user group.',
    http: 'GET',
    kind: 'read',
    action: 'group_view',
    params: [idParam('query', 'The group id.')],
    responses: [
      v1Ok('result_code 1 with the group fields.', groupRecord),
      v1Failure('result_code 0: no group has this id.'),
    ],
  },
  {
    id: 'v1.group_list',
    api: 'v1',
    group: 'Groups',
    summary: 'List user groups (v1)',
    description: 'Returns the user groups you name by id.',
    http: 'GET',
    kind: 'read',
    action: 'group_list',
    params: [idsParam('query', 'Comma-separated group ids, or all.', 'all')],
    responses: [
      v1Ok('result_code 1; groups keyed "0", "1", ….', rows(groupRecord)),
      v1Failure('result_code 0: no group matched.'),
    ],
  },
  {
    id: 'v1.group_delete',
    api: 'v1',
    group: 'Groups',
    summary: 'Delete a user group (v1)',
    description: 'Deletes one user group.',
    http: 'GET',
    kind: 'destructive',
    action: 'group_delete',
    params: [idParam('query', 'The group id to delete.')],
    responses: [v1Ok('result_code 1: the group is gone.'), v1Failure('result_code 0: no group has this id.')],
  },
  {
    id: 'v1.group_delete_list',
    api: 'v1',
    group: 'Groups',
    summary: 'Delete several user groups (v1)',
    description: 'Deletes every user group in a comma-separated id list.',
    http: 'GET',
    kind: 'destructive',
    action: 'group_delete_list',
    params: [idsParam('query', 'Comma-separated group ids.')],
    responses: [v1Ok('result_code 1: the groups are gone.'), v1Failure('result_code 0: nothing was deleted.')],
  },
];
