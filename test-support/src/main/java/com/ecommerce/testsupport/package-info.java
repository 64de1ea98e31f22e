/** Test helpers shared by several modules; only ever a test-scoped dependency. */
package com.ecommerce.testsupport;
