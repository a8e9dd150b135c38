/**
 * What operators and load balancers ask a Weft instance: {@code GET /health/live} (the process
 * serves) and {@code GET /health/ready} (it accepts sessions), built on vertx-health-check's
 * {@code HealthCheckHandler}, and the {@link dev.weft.health.Lifecycle} readiness follows.
 */
package dev.weft.health;
