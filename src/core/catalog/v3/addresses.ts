import type { ObjectSchema, V3Method } from '../types';
import { authError, badRequestUnhandled, deleted, idParam, notFound } from './common';

const addressLinks = {
  addressGroup: 'https://sandbox.api-us1.com/api/3/addresses/1/addressGroup',
  addressList: 'https://sandbox.api-us1.com/api/3/addresses/1/addressList',
  forms: 'https://sandbox.api-us1.com/api/3/addresses/1/forms',
};

const addressExample = {
  companyName: 'Sandbox Store',
  address1: '1 Main St',
  address2: 'Suite 200',
  city: 'Chicago',
  state: 'IL',
  district: '',
  zip: '60601',
  country: 'US',
  allgroup: '0',
  isDefault: '1',
  links: addressLinks,
  id: '1',
};

const addressBody: ObjectSchema = {
  type: 'object',
  required: ['address'],
  properties: {
    address: {
      type: 'object',
      required: ['company_name', 'address_1', 'country'],
      properties: {
        groupid: { type: 'integer', minimum: 1, description: 'User group the address is attached to.', example: 3 },
        global: {
          type: 'string',
          description: 'Undocumented flag; leave it out unless you know you need it.',
          example: '0',
        },
        company_name: {
          type: 'string',
          description: 'Organisation name printed in the footer.',
          example: 'Sandbox Store',
        },
        address_1: { type: 'string', description: 'First address line.', example: '1 Main St' },
        address_2: { type: 'string', description: 'Second address line.', example: 'Suite 200' },
        city: { type: 'string', example: 'Chicago' },
        state: { type: 'string', example: 'IL' },
        zip: { type: 'string', example: '60601' },
        district: { type: 'string', description: 'Only for countries that use districts.', example: '' },
        country: {
          type: 'string',
          minLength: 2,
          maxLength: 2,
          description: 'Two-letter country code, e.g. US, CA, MX.',
          example: 'US',
        },
        allgroup: {
          type: 'integer',
          minimum: 0,
          maximum: 1,
          description: 'Whether every user group may use the address (1) or not (0).',
          example: 0,
        },
        is_default: { type: 'boolean', description: 'Make this the default address of the account.', example: false },
      },
    },
  },
};

export const addressesMethods: readonly V3Method[] = [
  {
    id: 'v3.addresses.list',
    api: 'v3',
    group: 'Addresses',
    summary: 'List addresses',
    description:
      'Returns the postal addresses of the account: the sender addresses printed in email footers, as anti-spam laws require. Responses use camelCase keys (companyName, address1) while requests use snake_case.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/addresses',
    params: [],
    responses: [
      {
        status: 200,
        description: 'The addresses; meta.total holds the count as a string.',
        example: { addresses: [addressExample], meta: { total: '1' } },
      },
      badRequestUnhandled,
      authError,
    ],
  },
  {
    id: 'v3.addresses.get',
    api: 'v3',
    group: 'Addresses',
    summary: 'Get an address',
    description: 'Returns one postal address by id.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/addresses/{id}',
    params: [idParam("The address's id.")],
    responses: [
      { status: 200, description: 'The address.', example: { address: addressExample } },
      notFound('Address'),
      badRequestUnhandled,
      authError,
    ],
  },
  {
    id: 'v3.addresses.create',
    api: 'v3',
    group: 'Addresses',
    summary: 'Create an address',
    description: 'Adds a postal address that lists, forms and campaigns can print in their footer.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/addresses',
    params: [],
    body: addressBody,
    bodyRequired: true,
    responses: [
      {
        status: 200,
        anyType: ['address.country'],
        description: 'The address was created; the answer echoes only part of it.',
        example: {
          address: {
            companyName: 'Sandbox Store',
            address1: '1 Main St',
            country: 'US',
            links: addressLinks,
            id: '1',
          },
        },
      },
      badRequestUnhandled,
      authError,
    ],
  },
  {
    id: 'v3.addresses.update',
    api: 'v3',
    group: 'Addresses',
    summary: 'Update an address',
    description:
      'Changes a postal address. Company name, first line and country must be sent every time, even when they do not change.',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/addresses/{id}',
    params: [idParam("The address's id.")],
    body: addressBody,
    bodyRequired: true,
    responses: [
      { status: 200, description: 'The address after the change.', example: { address: addressExample } },
      notFound('Address'),
      authError,
    ],
  },
  {
    id: 'v3.addresses.delete',
    api: 'v3',
    group: 'Addresses',
    summary: 'Delete an address',
    description: 'Removes a postal address by id. Check first that no list, form or campaign still relies on it.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/addresses/{id}',
    params: [idParam("The address's id.")],
    responses: [deleted, notFound('Address'), authError],
  },
  {
    id: 'v3.addressGroups.delete',
    api: 'v3',
    group: 'Addresses',
    summary: 'Unlink an address from a user group',
    description:
      'Deletes one address-to-user-group link (an addressGroup record, see links.addressGroup on an address). The address itself stays.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/addressGroups/{id}',
    params: [idParam('Id of the address-to-group link.')],
    responses: [deleted, notFound('AddressGroup'), authError],
  },
  {
    id: 'v3.addressLists.delete',
    api: 'v3',
    group: 'Addresses',
    summary: 'Unlink an address from a list',
    description:
      'Deletes one address-to-list link (an addressList record, see links.addressList on an address). The address itself stays.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/addressLists/{id}',
    params: [idParam('Id of the address-to-list link.')],
    responses: [deleted, notFound('AddressList'), authError],
  },
];
