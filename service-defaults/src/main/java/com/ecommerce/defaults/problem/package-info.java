/**
 * RFC 9457 problem details for every error a service can answer: framework errors through
 * {@link com.ecommerce.defaults.problem.FrameworkProblemAdvice}, everything that escapes the
 * dispatcher (unknown paths, filter errors, uncaught exceptions) through
 * {@link com.ecommerce.defaults.problem.ProblemErrorController}.
 */
package com.ecommerce.defaults.problem;
