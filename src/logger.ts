/**
 * Structured JSON logs on stderr, so stdout stays free for command output (`npm run parse` prints JSON).
 */
import pino from 'pino';

export const logger = pino(
  { level: process.env.LOG_LEVEL ?? 'info', base: undefined, timestamp: pino.stdTimeFunctions.isoTime },
  pino.destination(2),
);

export type Logger = typeof logger;
