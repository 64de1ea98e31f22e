package com.ecommerce.payment.web;

import jakarta.validation.constraints.Size;

/** An administrator's refund; the reason goes to the ledger and the provider. */
record RefundRequest(@Size(max = 200) String reason) {
}
