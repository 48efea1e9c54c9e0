/**
 * E-commerce (Deep Data): store connections, their customers, orders with
 * products and discounts, and the order activity log. An order's products
 * and discounts are written with it; a customer's totals are derived from
 * its orders. Deleting a connection deletes its customers and orders.
 */
import type { Attrs, Db, Resource, Row } from '../engine/resource';
import { at, crud, idsOf, ownedBy, pick, text } from './common';

const orderOf = ownedBy('orderid', 'ecomOrders');

/** Writes the nested `orderProducts` and `orderDiscounts` of an order body as their own records. */
function writeOrderLines(db: Db, order: Row, input: Attrs): void {
  for (const [key, table] of [
    ['orderProducts', 'ecomOrderProducts'],
    ['orderDiscounts', 'ecomOrderDiscounts'],
  ] as const) {
    const lines = input[key];
    if (!Array.isArray(lines)) continue;
    for (const old of db.children(table, 'orderid', order.id)) db.remove(table, old.id);
    for (const line of lines) {
      if (typeof line === 'object' && line !== null)
        db.insert(table, { ...(line as Attrs), orderid: order.id, connectionid: order.connectionid });
    }
  }
}

export const connections: Resource = {
  name: 'connections',
  singular: 'connection',
  entity: 'Connection',
  methods: {
    ...crud('v3.connections'),
  },
  defaults: { isInternal: '0', status: '1', syncStatus: '0', lastSync: null, listId: '0' },
  unique: [
    {
      fields: ['service', 'externalid'],
      onConflict: 'refuse',
      title: 'A connection for this service and external id already exists',
    },
  ],
  seed: (add) => {
    add(
      {
        service: 'woocommerce',
        externalid: 'sandbox-toys',
        name: 'Sandbox Toys',
        logoUrl: 'https://example.com/i/woo.png',
        linkUrl: 'https://toys.example.com/',
        listId: '3',
      },
      at(-150),
    );
    add(
      {
        service: 'shopify',
        externalid: 'sandbox-store',
        name: 'Sandbox Store',
        logoUrl: 'https://example.com/i/shop.png',
        linkUrl: 'https://shop.example.com/',
        listId: '3',
      },
      at(-149),
    );
  },
};

export const ecomCustomers: Resource = {
  name: 'ecomCustomers',
  singular: 'ecomCustomer',
  entity: 'EcomCustomer',
  methods: {
    ...crud('v3.ecomCustomers'),
  },
  defaults: { acceptsMarketing: '0', avgProductCategory: '' },
  computed: (row, db) => {
    const orders = db.children('ecomOrders', 'customerid', row.id);
    const revenue = orders.reduce((n, o) => n + (Number(o.totalPrice) || 0), 0);
    const products = orders.reduce((n, o) => n + db.children('ecomOrderProducts', 'orderid', o.id).length, 0);
    return {
      connection: row.connectionid,
      totalRevenue: String(revenue),
      totalOrders: String(orders.length),
      totalProducts: String(products),
      avgRevenuePerOrder: String(orders.length ? Math.round(revenue / orders.length) : 0),
    };
  },
  relations: [ownedBy('connectionid', 'connections', 'connection')],
  unique: [
    {
      fields: ['connectionid', 'externalid'],
      onConflict: 'refuse',
      title: 'A customer with this external id already exists',
    },
  ],
  seed: (add, db) => {
    [1, 4, 9, 16].forEach((contact, i) =>
      add(
        {
          connectionid: 1 + (i % 2),
          externalid: String(56790 + i),
          email: text(db.find('contacts', contact)?.email),
          acceptsMarketing: i === 2 ? '0' : '1',
          avgProductCategory: pick(['Toys', 'Outdoor', 'Games'], i),
        },
        at(-140 + i),
      ),
    );
  },
};

export const ecomOrders: Resource = {
  name: 'ecomOrders',
  singular: 'ecomOrder',
  entity: 'EcomOrder',
  methods: {
    ...crud('v3.ecomOrders'),
  },
  defaults: { externalcheckoutid: null, abandonedDate: null, state: '1', source: '1', currency: 'USD' },
  computed: (row, db) => ({
    connection: row.connectionid,
    customer: row.customerid,
    orderProducts: idsOf(db.children('ecomOrderProducts', 'orderid', row.id)),
    orderDiscounts: idsOf(db.children('ecomOrderDiscounts', 'orderid', row.id)),
  }),
  relations: [ownedBy('connectionid', 'connections', 'connection'), ownedBy('customerid', 'ecomCustomers', 'customer')],
  stampedOnCreate: ['externalCreatedDate', 'externalUpdatedDate', 'orderDate'],
  hooks: { afterWrite: (row, input, ctx) => writeOrderLines(ctx.db, row, input) },
  seed: (add, db) => {
    const products = [
      ['PROD12345', 'POGO-12', 'Pogo Stick', 'A very bouncy pogo stick', 4900, 'Toys'],
      ['PROD22222', 'KITE-3', 'Stunt kite', 'Two lines, ripstop nylon', 3500, 'Outdoor'],
      ['PROD30303', 'CHESS-1', 'Travel chess set', 'Magnetic, folds flat', 2200, 'Games'],
    ] as const;
    for (let i = 1; i <= 6; i++) {
      const customer = db.find('ecomCustomers', 1 + (i % 4));
      const lines = [pick(products, i), ...(i % 2 === 0 ? [pick(products, i + 1)] : [])];
      const total = lines.reduce((n, p) => n + p[4], 0) + 500;
      const when = at(24 * (3 + i));
      const order = add(
        {
          customerid: customer?.id,
          connectionid: customer?.connectionid,
          externalid: String(3246315233 + i),
          orderNumber: `SB-${1000 + i}`,
          email: customer?.email,
          totalPrice: String(total),
          discountAmount: i % 3 === 0 ? '500' : '0',
          shippingAmount: '500',
          taxAmount: String(Math.round(total * 0.08)),
          totalProducts: String(lines.length),
          shippingMethod: 'UPS Ground',
          orderUrl: `https://shop.example.com/orders/SB-${1000 + i}`,
        },
        when,
      );
      for (const [externalid, sku, name, description, price, category] of lines) {
        db.insert(
          'ecomOrderProducts',
          {
            orderid: order.id,
            connectionid: order.connectionid,
            externalid,
            sku,
            name,
            description,
            price: String(price),
            quantity: '1',
            category,
            productUrl: `https://shop.example.com/p/${sku}`,
          },
          when,
        );
      }
      if (i % 3 === 0)
        db.insert(
          'ecomOrderDiscounts',
          { orderid: order.id, name: 'SPRING20', type: 'order', discountAmount: '500' },
          when,
        );
      db.insert(
        'ecomOrderActivities',
        { orderid: order.id, connectionid: order.connectionid, ...activityOf(order) },
        when,
      );
    }
  },
};

/** The order's attributes an activity snapshots. */
function activityOf(order: Row): Attrs {
  const keys = [
    'customerid',
    'externalid',
    'email',
    'orderNumber',
    'totalPrice',
    'discountAmount',
    'shippingAmount',
    'taxAmount',
    'totalProducts',
    'currency',
    'shippingMethod',
    'orderUrl',
    'state',
  ];
  return Object.fromEntries(keys.map((k) => [k, order[k]]));
}

export const ecomOrderProducts: Resource = {
  name: 'ecomOrderProducts',
  singular: 'ecomOrderProduct',
  entity: 'EcomOrderProduct',
  methods: {
    ...crud('v3.ecomOrderProducts', ['list', 'get']),
    'v3.ecomOrders.listProducts': { kind: 'list', parent: { table: 'ecomOrders', field: 'orderid' } },
  },
  defaults: { description: '', imageUrl: '', productUrl: '', category: '', quantity: '1' },
  computed: (row) => ({ ecomOrder: row.orderid }),
  relations: [{ ...orderOf, link: 'ecomOrder' }],
};

export const ecomOrderDiscounts: Resource = {
  name: 'ecomOrderDiscounts',
  singular: 'ecomOrderDiscount',
  entity: 'EcomOrderDiscount',
  methods: {},
  relations: [orderOf],
};

export const ecomOrderActivities: Resource = {
  name: 'ecomOrderActivities',
  singular: 'ecomOrderActivity',
  entity: 'EcomOrderActivity',
  methods: { 'v3.ecomOrderActivities.list': 'list' },
  defaults: { externalcheckoutid: null, abandonedDate: null, storeName: 'Sandbox Store', source: '1' },
  computed: (row) => ({ connection: row.connectionid, order: row.orderid }),
  stampedOnCreate: ['externalCreatedDate', 'externalUpdatedDate'],
  relations: [{ ...orderOf, link: 'order' }, ownedBy('connectionid', 'connections', 'connection')],
};
