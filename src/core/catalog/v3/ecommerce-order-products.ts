import type { V3Method } from '../types';
import { authError, badRequestUnprocessed, idParam, notFound, paginationParams } from './common';

/** One product line of an order (`orderExample` in ecommerce-orders.ts). */
export const orderProductExample = {
  orderid: '1',
  connectionid: '1',
  externalid: 'PROD12345',
  sku: 'POGO-12',
  name: 'Pogo Stick',
  description: 'A very bouncy pogo stick',
  price: '4900',
  quantity: '1',
  category: 'Toys',
  imageUrl: 'https://example.com/product.jpg',
  productUrl: 'https://store.example.com/product12345',
  createdDate: '2026-01-15T09:30:05-06:00',
  updatedDate: '2026-01-15T09:30:05-06:00',
  tstamp: '2026-01-15T09:30:05-06:00',
  links: { ecomOrder: 'https://sandbox.api-us1.com/api/3/ecomOrderProducts/1/ecomOrder' },
  id: '1',
  ecomOrder: '1',
};

export const ecommerceOrderProductsMethods: readonly V3Method[] = [
  {
    id: 'v3.ecomOrders.listProducts',
    api: 'v3',
    group: 'E-commerce',
    summary: 'List the products of an e-commerce order',
    description: 'Returns the product lines of one order.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/ecomOrders/{id}/orderProducts',
    params: [idParam("The order's id.")],
    responses: [
      { status: 200, description: "The order's products.", example: { ecomOrderProducts: [orderProductExample] } },
      badRequestUnprocessed,
      authError,
    ],
  },
  {
    id: 'v3.ecomOrderProducts.list',
    api: 'v3',
    group: 'E-commerce',
    summary: 'List e-commerce order products',
    description: 'Pages through product lines across all orders. Prices are in cents.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/ecomOrderProducts',
    params: [...paginationParams],
    responses: [
      { status: 200, description: 'A page of order products.', example: { ecomOrderProducts: [orderProductExample] } },
      badRequestUnprocessed,
      authError,
    ],
  },
  {
    id: 'v3.ecomOrderProducts.get',
    api: 'v3',
    group: 'E-commerce',
    summary: 'Get an e-commerce order product',
    description: 'Returns one product line of an order by its id.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/ecomOrderProducts/{id}',
    params: [idParam("The order product's id.")],
    responses: [
      { status: 200, description: 'The order product.', example: { ecomOrderProduct: orderProductExample } },
      badRequestUnprocessed,
      notFound('EcomOrderProduct'),
      authError,
    ],
  },
];
