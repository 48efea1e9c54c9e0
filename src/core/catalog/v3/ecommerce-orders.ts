import type { ObjectSchema, ParamDef, Schema, V3Method } from '../types';
import { authError, deleted, idParam, paginationParams } from './common';
import { orderProductExample } from './ecommerce-order-products';

const orderLinks = {
  connection: 'https://sandbox.api-us1.com/api/3/ecomOrders/1/connection',
  customer: 'https://sandbox.api-us1.com/api/3/ecomOrders/1/customer',
  orderProducts: 'https://sandbox.api-us1.com/api/3/ecomOrders/1/orderProducts',
  orderDiscounts: 'https://sandbox.api-us1.com/api/3/ecomOrders/1/orderDiscounts',
  orderActivities: 'https://sandbox.api-us1.com/api/3/ecomOrders/1/orderActivities',
};

/** An e-commerce order (its products and discounts are listed by id). */
export const orderExample = {
  customerid: '1',
  connectionid: '1',
  state: '1',
  source: '1',
  externalid: '3246315233',
  externalcheckoutid: null,
  orderNumber: 'myorder-123',
  email: 'alice@example.com',
  totalPrice: '9111',
  discountAmount: '100',
  shippingAmount: '200',
  taxAmount: '500',
  totalProducts: '2',
  currency: 'USD',
  shippingMethod: 'UPS Ground',
  orderUrl: 'https://example.com/orders/3246315233',
  externalCreatedDate: '2026-01-15T09:30:00-06:00',
  externalUpdatedDate: '2026-01-15T09:30:00-06:00',
  abandonedDate: null,
  createdDate: '2026-01-15T09:30:05-06:00',
  updatedDate: '2026-01-15T09:30:05-06:00',
  orderDate: '2026-01-15T09:30:00-06:00',
  tstamp: '2026-01-15T09:30:05-06:00',
  links: orderLinks,
  id: '1',
  connection: '1',
  customer: '1',
};

const discountExample = {
  name: '1OFF',
  type: 'order',
  orderid: '1',
  discountAmount: '100',
  id: '1',
  createdDate: '2026-01-15T09:30:05-06:00',
  updatedDate: '2026-01-15T09:30:05-06:00',
};

const cents = (what: string, example: number): Schema => ({
  type: 'integer',
  minimum: 0,
  description: `${what}, in cents ($456.78 = 45678).`,
  example,
});

const productItem: Schema = {
  type: 'object',
  required: ['externalid', 'name', 'price', 'quantity'],
  properties: {
    externalid: { type: 'string', description: "The product's id in the store.", example: 'PROD12345' },
    name: { type: 'string', example: 'Pogo Stick' },
    price: cents('Unit price', 4900),
    quantity: { type: 'integer', minimum: 1, example: 1 },
    category: { type: 'string', example: 'Toys' },
    sku: { type: 'string', example: 'POGO-12' },
    description: { type: 'string', example: 'A very bouncy pogo stick' },
    imageUrl: { type: 'string', format: 'url', example: 'https://example.com/product.jpg' },
    productUrl: { type: 'string', format: 'url', example: 'https://store.example.com/product12345' },
  },
};

const discountItem: Schema = {
  type: 'object',
  properties: {
    name: { type: 'string', description: 'Discount code or name.', example: '1OFF' },
    type: {
      type: 'string',
      enum: ['order', 'shipping'],
      description: '`order` for money off the order, `shipping` for free shipping.',
      example: 'order',
    },
    discountAmount: cents('Discount amount', 100),
  },
};

/** Properties both create and update accept. */
const orderProps: Record<string, Schema> = {
  externalid: {
    type: 'string',
    description: "The order's id in the store. Required unless externalcheckoutid is sent.",
    example: '3246315233',
  },
  externalcheckoutid: {
    type: 'string',
    description: "The cart's id in the store, for abandoned carts. Required unless externalid is sent.",
    example: 'cart-8821',
  },
  email: { type: 'string', format: 'email', description: "The buyer's email address.", example: 'alice@example.com' },
  orderProducts: { type: 'array', description: 'The products in the order.', items: productItem },
  orderDiscounts: { type: 'array', description: 'Discounts applied to the order.', items: discountItem },
  totalPrice: cents('Order total including tax and shipping', 9111),
  shippingAmount: cents('Shipping charged', 200),
  taxAmount: cents('Tax charged', 500),
  discountAmount: cents('Total discount', 100),
  currency: {
    type: 'string',
    minLength: 3,
    maxLength: 3,
    description: 'Three-letter ISO currency code.',
    example: 'USD',
  },
  orderUrl: {
    type: 'string',
    format: 'url',
    description: 'Link to the order in the store.',
    example: 'https://example.com/orders/3246315233',
  },
  externalUpdatedDate: {
    type: 'string',
    format: 'date-time',
    description: 'When the order was last changed in the store.',
    example: '2026-01-15T09:30:00-06:00',
  },
  abandonedDate: {
    type: 'string',
    format: 'date-time',
    description: 'When the cart was abandoned; required only with externalcheckoutid.',
    example: '2026-01-15T10:30:00-06:00',
  },
  shippingMethod: { type: 'string', example: 'UPS Ground' },
  orderNumber: {
    type: 'string',
    description: 'Order number shown to the buyer; may differ from externalid.',
    example: 'myorder-123',
  },
};

const createBody: ObjectSchema = {
  type: 'object',
  required: ['ecomOrder'],
  properties: {
    ecomOrder: {
      type: 'object',
      required: ['source', 'email', 'totalPrice', 'currency', 'connectionid', 'customerid', 'externalCreatedDate'],
      properties: {
        ...orderProps,
        source: {
          type: 'integer',
          enum: [0, 1],
          description:
            '1 = real-time, 0 = historical import. Only real-time orders show on the dashboard and fire purchase automations, abandoned-cart actions and revenue attribution.',
          example: 1,
        },
        connectionid: {
          type: 'integer',
          minimum: 1,
          description: 'Connection (store) the order comes from.',
          example: 1,
        },
        customerid: {
          type: 'integer',
          minimum: 1,
          description: 'E-commerce customer id (not the contact id).',
          example: 1,
        },
        externalCreatedDate: {
          type: 'string',
          format: 'date-time',
          description: 'When the order was placed in the store.',
          example: '2026-01-15T09:30:00-06:00',
        },
      },
    },
  },
};

const updateBody: ObjectSchema = {
  type: 'object',
  required: ['ecomOrder'],
  properties: { ecomOrder: { type: 'object', properties: orderProps } },
};

const sortParam = (field: string, what: string): ParamDef => ({
  name: `orders[${field}]`,
  in: 'query',
  schema: { type: 'string', enum: ['ASC', 'DESC'], example: 'DESC' },
  description: `Sort by ${what}.`,
});

export const ecommerceOrdersMethods: readonly V3Method[] = [
  {
    id: 'v3.ecomOrders.list',
    api: 'v3',
    group: 'E-commerce',
    summary: 'List e-commerce orders',
    description:
      'Pages through store orders and carts. Filter by connection, customer, email or state (0 pending, 1 completed, 2 abandoned, 3 recovered, 4 waiting for payment).',
    http: 'GET',
    kind: 'read',
    path: '/api/3/ecomOrders',
    params: [
      ...paginationParams,
      {
        name: 'filters[connectionid]',
        in: 'query',
        schema: { type: 'integer', minimum: 1, example: 1 },
        description: 'Only orders of this connection (must be above 0).',
      },
      {
        name: 'filters[externalid]',
        in: 'query',
        schema: { type: 'string', example: '3246315233' },
        description: 'Only the order with this id in the store.',
      },
      {
        name: 'filters[externalcheckoutid]',
        in: 'query',
        schema: { type: 'string', example: 'cart-8821' },
        description: 'Only the cart with this checkout id.',
      },
      {
        name: 'filters[email]',
        in: 'query',
        schema: { type: 'string', format: 'email', example: 'alice@example.com' },
        description: "Only orders with this buyer's email.",
      },
      {
        name: 'filters[state]',
        in: 'query',
        schema: { type: 'integer', enum: [0, 1, 2, 3, 4], example: 1 },
        description: '0 pending, 1 completed, 2 abandoned, 3 recovered, 4 waiting for payment.',
      },
      {
        name: 'filters[customerid]',
        in: 'query',
        schema: { type: 'string', example: '1' },
        description: 'Only orders of this e-commerce customer id.',
      },
      {
        name: 'filters[external_created_date]',
        in: 'query',
        schema: { type: 'string', format: 'date', example: '2026-01-15' },
        description: 'Only orders placed on this date in the store.',
      },
      sortParam('connectionid', 'connection id'),
      sortParam('externalid', 'external id'),
      sortParam('externalcheckoutid', 'external checkout id'),
      sortParam('email', 'email'),
      sortParam('state', 'state'),
      sortParam('customerid', 'customer id'),
      sortParam('external_created_date', 'the date the order was placed'),
    ],
    responses: [
      {
        status: 200,
        description: 'A page of orders, with the total count as a string in meta.total.',
        example: { ecomOrders: [{ ...orderExample, orderProducts: ['1', '2'] }], meta: { total: '1' } },
      },
      { status: 422, description: 'A filter or sort value is invalid.', example: {} },
      authError,
    ],
  },
  {
    id: 'v3.ecomOrders.get',
    api: 'v3',
    group: 'E-commerce',
    summary: 'Get an e-commerce order',
    description: 'Returns one order or cart. Amounts are in cents.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/ecomOrders/{ecomOrderId}',
    params: [idParam("The order's id.", 'ecomOrderId')],
    responses: [{ status: 200, description: 'The order.', example: { ecomOrder: orderExample } }, authError],
  },
  {
    id: 'v3.ecomOrders.create',
    api: 'v3',
    group: 'E-commerce',
    summary: 'Create an e-commerce order',
    description:
      'Sends a completed order (with externalid) or an abandoned cart (with externalcheckoutid and abandonedDate) for an existing customer and connection. Use source 1 for live orders so automations fire; use 0 for historical imports.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/ecomOrders',
    params: [],
    body: createBody,
    bodyRequired: true,
    responses: [
      {
        status: 201,
        optional: [
          'ecomOrderProducts[].orderid',
          'ecomOrderProducts[].connectionid',
          'ecomOrderProducts[].createdDate',
          'ecomOrderProducts[].updatedDate',
          'ecomOrderProducts[].tstamp',
          'ecomOrderProducts[].links',
          'ecomOrderProducts[].id',
          'ecomOrderProducts[].ecomOrder',
          'ecomOrder.externalcheckoutid',
          'ecomOrder.orderNumber',
          'ecomOrder.externalUpdatedDate',
          'ecomOrder.abandonedDate',
        ],
        anyType: [
          'ecomOrderProducts[].price',
          'ecomOrderProducts[].quantity',
          'ecomOrder.state',
          'ecomOrder.totalPrice',
          'ecomOrder.discountAmount',
          'ecomOrder.shippingAmount',
          'ecomOrder.taxAmount',
          'ecomOrder.totalProducts',
        ],
        description: 'The order was created; its connection, products and discounts are sideloaded.',
        example: {
          connections: [
            {
              service: 'example',
              externalid: 'examplestore',
              name: 'My Example Store',
              isInternal: '0',
              connectionType: 'ecommerce',
              status: '1',
              syncStatus: '0',
              lastSync: null,
              logoUrl: 'https://myexamplestore.com/images/logo.jpg',
              linkUrl: 'https://myexamplestore.com',
              cdate: '2026-01-02T13:13:53-06:00',
              udate: '2026-01-02T13:13:53-06:00',
              links: { customers: 'https://sandbox.api-us1.com/api/3/connections/1/customers' },
              id: '1',
            },
          ],
          ecomOrderProducts: [orderProductExample],
          ecomOrderDiscounts: [discountExample],
          ecomOrder: { ...orderExample, orderProducts: ['1'], orderDiscounts: ['1'] },
        },
      },
      authError,
    ],
  },
  {
    id: 'v3.ecomOrders.update',
    api: 'v3',
    group: 'E-commerce',
    summary: 'Update an e-commerce order',
    description:
      'Changes an order or cart, e.g. to turn an abandoned cart into a completed order by adding its externalid.',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/ecomOrders/{id}',
    params: [idParam("The order's id.")],
    body: updateBody,
    bodyRequired: true,
    responses: [
      {
        status: 200,
        optional: ['ecomOrder.externalcheckoutid', 'ecomOrder.abandonedDate'],
        anyType: [
          'ecomOrder.totalPrice',
          'ecomOrder.discountAmount',
          'ecomOrder.shippingAmount',
          'ecomOrder.taxAmount',
          'ecomOrder.totalProducts',
        ],
        description: 'The updated order, with its products and discounts sideloaded.',
        example: {
          ecomOrderProducts: [orderProductExample],
          ecomOrderDiscounts: [discountExample],
          ecomOrder: { ...orderExample, orderProducts: ['1'], orderDiscounts: ['1'] },
        },
      },
      authError,
    ],
  },
  {
    id: 'v3.ecomOrders.delete',
    api: 'v3',
    group: 'E-commerce',
    summary: 'Delete an e-commerce order',
    description: 'Removes an order or cart by id.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/ecomOrders/{ecomOrderId}',
    params: [idParam("The order's id.", 'ecomOrderId')],
    responses: [deleted, authError],
  },
];
