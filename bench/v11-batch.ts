/**
 * A v1.1 `customer/get` batch response of `count` customers, shaped like the server's: full
 * profiles (custom and extended fields, points, slabs, subscriptions), codes and flags as
 * text, most items successful, some with warnings, some not found.
 */
export function v11Batch(count: number): unknown {
  const customer = Array.from({ length: count }, (_, i) => {
    const mobile = `91${String(9_000_000_000 + i * 7919).slice(0, 10)}`;
    const found = i % 10 !== 7;
    const warnings =
      i % 5 === 0
        ? { warning: [{ code: '91017', message: 'WEB_ENGAGE profile is not available for the customer.' }] }
        : i % 5 === 1
          ? { warning: ['91016', '1017'] }
          : [];
    const itemStatus = found
      ? { success: 'true', code: '1000', message: 'Customer successfully retrieved', warnings }
      : { success: 'false', code: '816', message: 'Customer not found for organization', warnings: [] };
    if (!found) return { mobile, email: '', external_id: '', item_status: itemStatus };
    return {
      user_id: String(300_000_000 + i),
      mobile,
      email: `customer${i}@example.com`,
      external_id: `EXT${100_000 + i}`,
      firstname: `First${i}`,
      lastname: `Last${i}`,
      gender: i % 2 ? 'F' : 'M',
      registered_on: '2019-06-12 10:24:31',
      updated_on: '2024-02-01 08:00:12',
      registered_by: 'store.till.01',
      registered_store: { code: 'STORE01', name: 'Main Street' },
      registered_till: { code: 'TILL01', name: 'Till 1' },
      type: 'LOYALTY',
      source: 'INSTORE',
      lifetime_points: String(1000 + i),
      lifetime_purchases: String(25_000 + i * 3),
      loyalty_points: String(250 + (i % 97)),
      current_slab: i % 3 ? 'Silver' : 'Gold',
      tier_expiry_date: '2025-12-31 23:59:59',
      points_summaries: {
        points_summary: [
          { program_id: '1024', redeemed: '120', expired: '0', returned: '0', adjusted: '0', lifetime_points: String(1000 + i), loyalty_points: String(250 + (i % 97)), cumulative_purchases: String(25_000 + i * 3), current_slab: 'Silver', slab_expiry_date: '2025-12-31 23:59:59', total_available_points: String(250 + (i % 97)), total_points: String(1000 + i) },
        ],
      },
      fraud_details: { status: 'NONE', marked_by: '', modified_on: '' },
      custom_fields: {
        field: [
          { name: 'dob', value: '1990-01-01' },
          { name: 'preferred_language', value: 'en' },
        ],
      },
      extended_fields: {
        field: [
          { name: 'city', value: 'Bengaluru' },
          { name: 'marital_status', value: 'Single' },
        ],
      },
      subscriptions: {
        subscription: [
          { priority: 'TRANS', type: 'SMS', is_subscribed: '1' },
          { priority: 'BULK', type: 'EMAIL', is_subscribed: '0' },
        ],
      },
      item_status: itemStatus,
    };
  });
  return {
    response: {
      status: { success: 'true', code: 200, message: 'SUCCESS', total: String(count), success_count: String(count - Math.floor(count / 10)) },
      customers: { customer },
    },
  };
}
