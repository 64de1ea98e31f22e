/** Benchmarks against the running platform, run by {@code ./platform bench <name>}, never by the test suite. */
package com.ecommerce.system.bench;
